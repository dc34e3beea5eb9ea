package uk.svkit.sdk.models;

import java.time.LocalDate;

/**
 * Filters and page size for {@code RecognitionsClient.listSignatures}. Immutable; build with {@link
 * #builder()}.
 *
 * @since 0.1.0
 */
public final class ListSignaturesOptions {

  private final String organisationId;
  private final String placeCode;
  private final Sector sector;
  private final boolean includeWithdrawn;
  private final LocalDate asOf;
  private final Integer limit;

  private ListSignaturesOptions(Builder b) {
    this.organisationId = b.organisationId;
    this.placeCode = b.placeCode;
    this.sector = b.sector;
    this.includeWithdrawn = b.includeWithdrawn;
    this.asOf = b.asOf;
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
   * Returns the organisation whose signatures to list.
   *
   * @return the value, or {@code null} if not set
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the place, an ONS local authority code.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the sector.
   *
   * @return the value, or {@code null} if not set
   */
  public Sector getSector() {
    return sector;
  }

  /**
   * Returns whether to list every signature ever recorded, withdrawn ones included.
   *
   * @return the value
   */
  public boolean isIncludeWithdrawn() {
    return includeWithdrawn;
  }

  /**
   * Returns the day the signatures must stand on (default today).
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListSignaturesOptions}; not thread-safe. */
  public static final class Builder {

    private String organisationId;
    private String placeCode;
    private Sector sector;
    private boolean includeWithdrawn;
    private LocalDate asOf;
    private Integer limit;

    private Builder() {}

    /**
     * Sets the organisation whose signatures to list.
     *
     * @param organisationId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder organisationId(String organisationId) {
      this.organisationId = organisationId;
      return this;
    }

    /**
     * Sets the place, an ONS local authority code.
     *
     * @param placeCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = placeCode;
      return this;
    }

    /**
     * Sets the sector.
     *
     * @param sector the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sector(Sector sector) {
      this.sector = sector;
      return this;
    }

    /**
     * Sets whether to list every signature ever recorded, withdrawn ones included.
     *
     * @param includeWithdrawn the value
     * @return this builder
     */
    public Builder includeWithdrawn(boolean includeWithdrawn) {
      this.includeWithdrawn = includeWithdrawn;
      return this;
    }

    /**
     * Sets the day the signatures must stand on (default today).
     *
     * @param asOf the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = asOf;
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
    public ListSignaturesOptions build() {
      return new ListSignaturesOptions(this);
    }
  }
}
