package uk.svkit.sdk.models;

import java.time.LocalDate;

/**
 * Filters and page size for {@code RecognitionsClient.listAwards}. Immutable; build with {@link
 * #builder()}.
 *
 * @since 0.1.0
 */
public final class ListAwardsOptions {

  private final String organisationId;
  private final String placeCode;
  private final Sector sector;
  private final boolean includeExpired;
  private final Integer expiringWithinDays;
  private final LocalDate asOf;
  private final Integer limit;

  private ListAwardsOptions(Builder b) {
    this.organisationId = b.organisationId;
    this.placeCode = b.placeCode;
    this.sector = b.sector;
    this.includeExpired = b.includeExpired;
    this.expiringWithinDays = b.expiringWithinDays;
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
   * Returns the holder whose awards to list.
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
   * Returns whether to include awards expired by the day.
   *
   * @return the value
   */
  public boolean isIncludeExpired() {
    return includeExpired;
  }

  /**
   * Returns to list only current awards that stop being current within this many days.
   *
   * @return the value, or {@code null} if not set
   */
  public Integer getExpiringWithinDays() {
    return expiringWithinDays;
  }

  /**
   * Returns the day (default today).
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

  /** Builder for {@link ListAwardsOptions}; not thread-safe. */
  public static final class Builder {

    private String organisationId;
    private String placeCode;
    private Sector sector;
    private boolean includeExpired;
    private Integer expiringWithinDays;
    private LocalDate asOf;
    private Integer limit;

    private Builder() {}

    /**
     * Sets the holder whose awards to list.
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
     * Sets whether to include awards expired by the day.
     *
     * @param includeExpired the value
     * @return this builder
     */
    public Builder includeExpired(boolean includeExpired) {
      this.includeExpired = includeExpired;
      return this;
    }

    /**
     * Sets to list only current awards that stop being current within this many days.
     *
     * @param expiringWithinDays the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expiringWithinDays(Integer expiringWithinDays) {
      this.expiringWithinDays = expiringWithinDays;
      return this;
    }

    /**
     * Sets the day (default today).
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
    public ListAwardsOptions build() {
      return new ListAwardsOptions(this);
    }
  }
}
