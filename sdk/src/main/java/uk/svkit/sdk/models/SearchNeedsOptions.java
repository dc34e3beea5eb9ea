package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Filters, order and page size of {@code DirectoryClient.searchNeeds}. Immutable; built with {@link
 * #builder()}.
 */
public final class SearchNeedsOptions {

  private final String query;
  private final String placeCode;
  private final String near;
  private final Double latitude;
  private final Double longitude;
  private final Double radiusKm;
  private final String theme;
  private final SupportType supportType;
  private final LegalForm legalForm;
  private final String organisationId;
  private final NeedSort sort;
  private final Integer limit;

  private SearchNeedsOptions(Builder b) {
    this.query = b.query;
    this.placeCode = b.placeCode;
    this.near = b.near;
    this.latitude = b.latitude;
    this.longitude = b.longitude;
    this.radiusKm = b.radiusKm;
    this.theme = b.theme;
    this.supportType = b.supportType;
    this.legalForm = b.legalForm;
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
   * Returns the free text: every word must appear in the name, description or an open need.
   *
   * @return the value, or {@code null} if not set
   */
  public String getQuery() {
    return query;
  }

  /**
   * Returns the ONS place code to search in.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the postcode or postcode district to search around (unknown is a 422).
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
   * Returns the theme code to filter by.
   *
   * @return the value, or {@code null} if not set
   */
  public String getTheme() {
    return theme;
  }

  /**
   * Returns the support type of open needs to filter by.
   *
   * @return the value, or {@code null} if not set
   */
  public SupportType getSupportType() {
    return supportType;
  }

  /**
   * Returns the legal form to filter by.
   *
   * @return the value, or {@code null} if not set
   */
  public LegalForm getLegalForm() {
    return legalForm;
  }

  /**
   * Returns the VCFSE whose needs to list.
   *
   * @return the value, or {@code null} if not set
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the order (server default: distance near a point, else expiry).
   *
   * @return the value, or {@code null} if not set
   */
  public NeedSort getSort() {
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

  /** Builder for {@link SearchNeedsOptions}; not thread-safe. */
  public static final class Builder {

    private String query;
    private String placeCode;
    private String near;
    private Double latitude;
    private Double longitude;
    private Double radiusKm;
    private String theme;
    private SupportType supportType;
    private LegalForm legalForm;
    private String organisationId;
    private NeedSort sort;
    private Integer limit;

    private Builder() {}

    /**
     * Sets the free text: every word must appear in the name, description or an open need.
     *
     * @param query the value
     * @return this builder
     * @throws NullPointerException if {@code query} (or an element) is {@code null}
     */
    public Builder query(String query) {
      this.query = Objects.requireNonNull(query, "query");
      return this;
    }

    /**
     * Sets the ONS place code to search in.
     *
     * @param placeCode the value
     * @return this builder
     * @throws NullPointerException if {@code placeCode} (or an element) is {@code null}
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = Objects.requireNonNull(placeCode, "placeCode");
      return this;
    }

    /**
     * Sets the postcode or postcode district to search around (unknown is a 422).
     *
     * @param near the value
     * @return this builder
     * @throws NullPointerException if {@code near} (or an element) is {@code null}
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
     * Sets the theme code to filter by.
     *
     * @param theme the value
     * @return this builder
     * @throws NullPointerException if {@code theme} (or an element) is {@code null}
     */
    public Builder theme(String theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /**
     * Sets the support type of open needs to filter by.
     *
     * @param supportType the value
     * @return this builder
     * @throws NullPointerException if {@code supportType} (or an element) is {@code null}
     */
    public Builder supportType(SupportType supportType) {
      this.supportType = Objects.requireNonNull(supportType, "supportType");
      return this;
    }

    /**
     * Sets the legal form to filter by.
     *
     * @param legalForm the value
     * @return this builder
     * @throws NullPointerException if {@code legalForm} (or an element) is {@code null}
     */
    public Builder legalForm(LegalForm legalForm) {
      this.legalForm = Objects.requireNonNull(legalForm, "legalForm");
      return this;
    }

    /**
     * Sets the VCFSE whose needs to list.
     *
     * @param organisationId the value
     * @return this builder
     * @throws NullPointerException if {@code organisationId} (or an element) is {@code null}
     */
    public Builder organisationId(String organisationId) {
      this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
      return this;
    }

    /**
     * Sets the order (server default: distance near a point, else expiry).
     *
     * @param sort the value
     * @return this builder
     * @throws NullPointerException if {@code sort} (or an element) is {@code null}
     */
    public Builder sort(NeedSort sort) {
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
    public SearchNeedsOptions build() {
      return new SearchNeedsOptions(this);
    }
  }
}
