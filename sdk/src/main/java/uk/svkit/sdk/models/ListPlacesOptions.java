package uk.svkit.sdk.models;

/** Page size for {@code PlacesClient.listPlaces}. Immutable. */
public final class ListPlacesOptions {

  private final Integer limit;

  private ListPlacesOptions(Builder b) {
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

  /** Builder for {@link ListPlacesOptions}; not thread-safe. */
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
    public ListPlacesOptions build() {
      return new ListPlacesOptions(this);
    }
  }
}
