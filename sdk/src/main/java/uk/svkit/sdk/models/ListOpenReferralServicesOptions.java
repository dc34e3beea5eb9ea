package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Filters and page of {@code DirectoryDataClient.listOpenReferralServices}, as the Open Referral UK
 * API names them. Immutable.
 */
public final class ListOpenReferralServicesOptions {

  private final String search;
  private final String taxonomyTermId;
  private final Integer page;
  private final Integer perPage;
  private final String organizationId;
  private final java.time.OffsetDateTime modifiedAfter;
  private final String postcode;
  private final Integer proximityMetres;

  private ListOpenReferralServicesOptions(Builder b) {
    this.organizationId = b.organizationId;
    this.modifiedAfter = b.modifiedAfter;
    this.postcode = b.postcode;
    this.proximityMetres = b.proximityMetres;
    this.search = b.search;
    this.taxonomyTermId = b.taxonomyTermId;
    this.page = b.page;
    this.perPage = b.perPage;
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
   * Returns the free text.
   *
   * @return the words that must all match, or {@code null}
   */
  public String getSearch() {
    return search;
  }

  /**
   * Returns the theme term filter.
   *
   * @return a taxonomy term id or theme code, or {@code null}
   */
  public String getTaxonomyTermId() {
    return taxonomyTermId;
  }

  /**
   * Returns the page number.
   *
   * @return the page, from 1, or {@code null} for the first
   */
  public Integer getPage() {
    return page;
  }

  /**
   * Returns the page size.
   *
   * @return the page size, or {@code null} for the server default
   */
  public Integer getPerPage() {
    return perPage;
  }

  /**
   * Returns the organization filter.
   *
   * @return the organization's id, or {@code null}
   */
  public String getOrganizationId() {
    return organizationId;
  }

  /**
   * Returns the change filter.
   *
   * @return only services changed on or after this instant, or {@code null}
   */
  public java.time.OffsetDateTime getModifiedAfter() {
    return modifiedAfter;
  }

  /**
   * Returns the postcode filter.
   *
   * @return a UK postcode or district, or {@code null}
   */
  public String getPostcode() {
    return postcode;
  }

  /**
   * Returns the proximity, in metres from the postcode.
   *
   * @return the distance, or {@code null}
   */
  public Integer getProximityMetres() {
    return proximityMetres;
  }

  /** Builder for {@link ListOpenReferralServicesOptions}; not thread-safe. */
  public static final class Builder {

    private String search;
    private String taxonomyTermId;
    private Integer page;
    private Integer perPage;
    private String organizationId;
    private java.time.OffsetDateTime modifiedAfter;
    private String postcode;
    private Integer proximityMetres;

    private Builder() {}

    /**
     * Only this organization's service.
     *
     * @param organizationId the organization's id
     * @return this builder
     * @throws NullPointerException if {@code organizationId} is {@code null}
     */
    public Builder organizationId(String organizationId) {
      this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
      return this;
    }

    /**
     * Only services changed on or after this instant: for keeping a copy of the directory in step.
     *
     * @param modifiedAfter the instant
     * @return this builder
     * @throws NullPointerException if {@code modifiedAfter} is {@code null}
     */
    public Builder modifiedAfter(java.time.OffsetDateTime modifiedAfter) {
      this.modifiedAfter = Objects.requireNonNull(modifiedAfter, "modifiedAfter");
      return this;
    }

    /**
     * Only services whose areas include this postcode's local authority; with {@link
     * #proximityMetres(int)}, those based within that distance of it, nearest first.
     *
     * @param postcode a UK postcode or postcode district, such as {@code CH41 5AB}
     * @return this builder
     * @throws NullPointerException if {@code postcode} is {@code null}
     */
    public Builder postcode(String postcode) {
      this.postcode = Objects.requireNonNull(postcode, "postcode");
      return this;
    }

    /**
     * Only services based within this distance of {@link #postcode(String)}, nearest first.
     *
     * @param proximityMetres metres, 1 to 200000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder proximityMetres(int proximityMetres) {
      if (proximityMetres < 1 || proximityMetres > 200_000) {
        throw new IllegalArgumentException(
            "proximityMetres must be 1 to 200000, was " + proximityMetres);
      }
      this.proximityMetres = proximityMetres;
      return this;
    }

    /**
     * Sets free text: every word must appear in the name or description.
     *
     * @param search the text
     * @return this builder
     * @throws NullPointerException if {@code search} is {@code null}
     */
    public Builder search(String search) {
      this.search = Objects.requireNonNull(search, "search");
      return this;
    }

    /**
     * Only services with this theme: a term of the {@code svkit-themes} taxonomy, by its ORUK id or
     * theme code (such as {@code mental-health}).
     *
     * @param taxonomyTermId the term
     * @return this builder
     * @throws NullPointerException if {@code taxonomyTermId} is {@code null}
     */
    public Builder taxonomyTermId(String taxonomyTermId) {
      this.taxonomyTermId = Objects.requireNonNull(taxonomyTermId, "taxonomyTermId");
      return this;
    }

    /**
     * Sets the page number.
     *
     * @param page the page, from 1
     * @return this builder
     * @throws IllegalArgumentException if {@code page} is not positive
     */
    public Builder page(int page) {
      if (page < 1) {
        throw new IllegalArgumentException("page must be at least 1, was " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * Sets the page size; the server caps it (at 100).
     *
     * @param perPage items per page
     * @return this builder
     * @throws IllegalArgumentException if {@code perPage} is not positive
     */
    public Builder perPage(int perPage) {
      this.perPage = ListLimits.check(perPage);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ListOpenReferralServicesOptions build() {
      return new ListOpenReferralServicesOptions(this);
    }
  }
}
