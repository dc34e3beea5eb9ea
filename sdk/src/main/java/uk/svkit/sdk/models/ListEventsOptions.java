package uk.svkit.sdk.models;

import java.util.List;

/**
 * Where to start the event feed, which types to read and the page size.
 *
 * @since 0.1.0
 */
public final class ListEventsOptions {

  private final Long after;
  private final List<String> types;
  private final Integer limit;

  private ListEventsOptions(Builder b) {
    this.after = b.after;
    this.types = List.copyOf(b.types);
    this.limit = b.limit;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the sequence after which to start.
   *
   * @return the sequence, or {@code null} for the oldest event kept
   */
  public Long getAfter() {
    return after;
  }

  /**
   * Returns the event types to read.
   *
   * @return the types; empty for all
   */
  public List<String> getTypes() {
    return types;
  }

  /**
   * Returns the page size.
   *
   * @return the size, or {@code null} for the server's default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListEventsOptions}; not thread-safe. */
  public static final class Builder {
    private Long after;
    private List<String> types = List.of();
    private Integer limit;

    private Builder() {}

    /**
     * Starts after this sequence: the last one processed ({@link Event#getSequence()}).
     *
     * @param sequence the sequence
     * @return this builder
     */
    public Builder after(long sequence) {
      this.after = sequence;
      return this;
    }

    /**
     * Reads only these types.
     *
     * @param types the types
     * @return this builder
     */
    public Builder types(List<String> types) {
      this.types = List.copyOf(types);
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param limit items per page
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ListEventsOptions build() {
      return new ListEventsOptions(this);
    }
  }
}
