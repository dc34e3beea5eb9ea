package uk.svkit.sdk.models;

/** Page size for {@code TendersClient.listBids}. Immutable. */
public final class ListBidsOptions {

  private final Integer limit;

  private ListBidsOptions(Builder b) {
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
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListBidsOptions}; not thread-safe. */
  public static final class Builder {

    private Integer limit;

    private Builder() {}

    /**
     * Sets the page size; the server caps it at its configured maximum.
     *
     * @param limit items per page
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public Builder limit(int limit) {
      this.limit = ListLimits.check(limit);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ListBidsOptions build() {
      return new ListBidsOptions(this);
    }
  }
}
