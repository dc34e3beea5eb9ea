package uk.svkit.sdk.models;

import java.util.Objects;

/** Filter and page size for {@code ContractsClient.listContracts}. Immutable. */
public final class ListContractsOptions {

  private final String supplierOrganisationId;
  private final Integer limit;

  private ListContractsOptions(Builder b) {
    this.supplierOrganisationId = b.supplierOrganisationId;
    this.limit = b.limit;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with no filter
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the supplier filter.
   *
   * @return the supplier organisation's id, or {@code null} for every supplier
   */
  public String getSupplierOrganisationId() {
    return supplierOrganisationId;
  }

  /**
   * Returns the requested page size.
   *
   * @return the limit, or {@code null} for the server default
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builder for {@link ListContractsOptions}; not thread-safe. */
  public static final class Builder {

    private String supplierOrganisationId;
    private Integer limit;

    private Builder() {}

    /**
     * Lists only contracts with this supplier.
     *
     * @param supplierOrganisationId the supplier organisation's id
     * @return this builder
     * @throws NullPointerException if {@code supplierOrganisationId} is {@code null}
     */
    public Builder supplierOrganisationId(String supplierOrganisationId) {
      this.supplierOrganisationId =
          Objects.requireNonNull(supplierOrganisationId, "supplierOrganisationId");
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
    public ListContractsOptions build() {
      return new ListContractsOptions(this);
    }
  }
}
