package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Filters, order and page size of {@code DirectoryClient.searchOffers}. Immutable; built with
 * {@link #builder()}.
 */
public final class SearchOffersOptions {

  private final String query;
  private final SupportType supportType;
  private final String placeCode;
  private final String near;
  private final Double latitude;
  private final Double longitude;
  private final Double radiusKm;
  private final String organisationId;
  private final OfferSort sort;
  private final Integer limit;

  private SearchOffersOptions(Builder b) {
    this.query = b.query;
    this.supportType = b.supportType;
    this.placeCode = b.placeCode;
    this.near = b.near;
    this.latitude = b.latitude;
    this.longitude = b.longitude;
    this.radiusKm = b.radiusKm;
    this.organisationId = b.organisationId;
    this.sort = b.sort;
    this.limit = b.limit;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the free text: every word must appear in the title or description.
   *
   * @return the value, or {@code null} if not set
   */
  public String getQuery() {
    return query;
  }

  /**
   * Returns the kind of support.
   *
   * @return the value, or {@code null} if not set
   */
  public SupportType getSupportType() {
    return supportType;
  }

  /**
   * Returns the ONS code of the offer's place.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the postcode or postcode district to search around.
   *
   * @return the value, or {@code null} if not set
   */
  public String getNear() {
    return near;
  }

  /**
   * Returns the latitude to search around, with longitude.
   *
   * @return the value, or {@code null} if not set
   */
  public Double getLatitude() {
    return latitude;
  }

  /**
   * Returns the longitude to search around, with latitude.
   *
   * @return the value, or {@code null} if not set
   */
  public Double getLongitude() {
    return longitude;
  }

  /**
   * Returns the radius in km around near or latitude/longitude (server default 10).
   *
   * @return the value, or {@code null} if not set
   */
  public Double getRadiusKm() {
    return radiusKm;
  }

  /**
   * Returns the offering business's id.
   *
   * @return the value, or {@code null} if not set
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the order.
   *
   * @return the value, or {@code null} if not set
   */
  public OfferSort getSort() {
    return sort;
  }

  /**
   * Returns the page size.
   *
   * @return the value, or {@code null} if not set
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link SearchOffersOptions}; not thread-safe. */
  public static final class Builder {

    private String query;
    private SupportType supportType;
    private String placeCode;
    private String near;
    private Double latitude;
    private Double longitude;
    private Double radiusKm;
    private String organisationId;
    private OfferSort sort;
    private Integer limit;

    private Builder() {}

    /**
     * Sets the free text: every word must appear in the title or description.
     *
     * @param query the value
     * @return this builder
     * @throws NullPointerException if {@code query} is {@code null}
     */
    public Builder query(String query) {
      this.query = Objects.requireNonNull(query, "query");
      return this;
    }

    /**
     * Sets the kind of support.
     *
     * @param supportType the value
     * @return this builder
     * @throws NullPointerException if {@code supportType} is {@code null}
     */
    public Builder supportType(SupportType supportType) {
      this.supportType = Objects.requireNonNull(supportType, "supportType");
      return this;
    }

    /**
     * Sets the ONS code of the offer's place.
     *
     * @param placeCode the value
     * @return this builder
     * @throws NullPointerException if {@code placeCode} is {@code null}
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = Objects.requireNonNull(placeCode, "placeCode");
      return this;
    }

    /**
     * Sets the postcode or postcode district to search around.
     *
     * @param near the value
     * @return this builder
     * @throws NullPointerException if {@code near} is {@code null}
     */
    public Builder near(String near) {
      this.near = Objects.requireNonNull(near, "near");
      return this;
    }

    /**
     * Sets the latitude to search around, with longitude.
     *
     * @param latitude the value
     * @return this builder
     */
    public Builder latitude(double latitude) {
      this.latitude = latitude;
      return this;
    }

    /**
     * Sets the longitude to search around, with latitude.
     *
     * @param longitude the value
     * @return this builder
     */
    public Builder longitude(double longitude) {
      this.longitude = longitude;
      return this;
    }

    /**
     * Sets the radius in km around near or latitude/longitude (server default 10).
     *
     * @param radiusKm the value
     * @return this builder
     */
    public Builder radiusKm(double radiusKm) {
      this.radiusKm = radiusKm;
      return this;
    }

    /**
     * Sets the offering business's id.
     *
     * @param organisationId the value
     * @return this builder
     * @throws NullPointerException if {@code organisationId} is {@code null}
     */
    public Builder organisationId(String organisationId) {
      this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
      return this;
    }

    /**
     * Sets the order.
     *
     * @param sort the value
     * @return this builder
     * @throws NullPointerException if {@code sort} is {@code null}
     */
    public Builder sort(OfferSort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
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
    public SearchOffersOptions build() {
      return new SearchOffersOptions(this);
    }
  }
}
