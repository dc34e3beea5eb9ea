package uk.svkit.sdk.models;

/**
 * Filters and page size for {@code RecognitionsClient.listProgrammes}. Immutable; build with {@link
 * #builder()}.
 *
 * @since 0.1.0
 */
public final class ListProgrammesOptions {

  private final ProgrammeKind kind;
  private final Integer limit;

  private ListProgrammesOptions(Builder b) {
    this.kind = b.kind;
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
   * Returns the kind of programme to list.
   *
   * @return the value, or {@code null} if not set
   */
  public ProgrammeKind getKind() {
    return kind;
  }

  /**
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListProgrammesOptions}; not thread-safe. */
  public static final class Builder {

    private ProgrammeKind kind;
    private Integer limit;

    private Builder() {}

    /**
     * Sets the kind of programme to list.
     *
     * @param kind the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder kind(ProgrammeKind kind) {
      this.kind = kind;
      return this;
    }

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
    public ListProgrammesOptions build() {
      return new ListProgrammesOptions(this);
    }
  }
}
