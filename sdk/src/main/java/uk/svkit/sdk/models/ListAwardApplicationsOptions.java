package uk.svkit.sdk.models;

/**
 * Filters and page size for {@code RecognitionsClient.listAwardApplications}. Immutable; build with
 * {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class ListAwardApplicationsOptions {

  private final AwardApplicationStatus status;
  private final Integer limit;

  private ListAwardApplicationsOptions(Builder b) {
    this.status = b.status;
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
   * Returns the status of the applications to list.
   *
   * @return the value, or {@code null} if not set
   */
  public AwardApplicationStatus getStatus() {
    return status;
  }

  /**
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListAwardApplicationsOptions}; not thread-safe. */
  public static final class Builder {

    private AwardApplicationStatus status;
    private Integer limit;

    private Builder() {}

    /**
     * Sets the status of the applications to list.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(AwardApplicationStatus status) {
      this.status = status;
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
    public ListAwardApplicationsOptions build() {
      return new ListAwardApplicationsOptions(this);
    }
  }
}
