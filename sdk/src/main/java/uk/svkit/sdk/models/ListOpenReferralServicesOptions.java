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

  private ListOpenReferralServicesOptions(Builder b) {
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

  /** Builder for {@link ListOpenReferralServicesOptions}; not thread-safe. */
  public static final class Builder {

    private String search;
    private String taxonomyTermId;
    private Integer page;
    private Integer perPage;

    private Builder() {}

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
