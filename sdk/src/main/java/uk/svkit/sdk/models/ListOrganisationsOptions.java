package uk.svkit.sdk.models;

import java.util.Objects;

/** Filters and page size for {@code OrganisationsClient.listOrganisations}. Immutable. */
public final class ListOrganisationsOptions {

  private final String query;
  private final OrganisationRole role;
  private final Integer limit;

  private ListOrganisationsOptions(Builder b) {
    this.query = b.query;
    this.role = b.role;
    this.limit = b.limit;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with no filters
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the free-text search (the {@code q} parameter).
   *
   * @return the text, or {@code null}
   */
  public String getQuery() {
    return query;
  }

  /**
   * Returns the role filter.
   *
   * @return the role, or {@code null}
   */
  public OrganisationRole getRole() {
    return role;
  }

  /**
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListOrganisationsOptions}; not thread-safe. */
  public static final class Builder {

    private String query;
    private OrganisationRole role;
    private Integer limit;

    private Builder() {}

    /**
     * Filters by free text, matched by the server against names and identifiers.
     *
     * @param query the text
     * @return this builder
     * @throws NullPointerException if {@code query} is {@code null}
     */
    public Builder query(String query) {
      this.query = Objects.requireNonNull(query, "query");
      return this;
    }

    /**
     * Filters by role.
     *
     * @param role the role
     * @return this builder
     * @throws NullPointerException if {@code role} is {@code null}
     */
    public Builder role(OrganisationRole role) {
      this.role = Objects.requireNonNull(role, "role");
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
    public ListOrganisationsOptions build() {
      return new ListOrganisationsOptions(this);
    }
  }
}
