package uk.svkit.sdk.models;

import java.util.Objects;

/** Filters and page size for {@code ContractsClient.listReturns}. Immutable. */
public final class ListReturnsOptions {

  private final String commitmentId;
  private final ReturnStatus status;
  private final Integer limit;

  private ListReturnsOptions(Builder b) {
    this.commitmentId = b.commitmentId;
    this.status = b.status;
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
   * Returns the KPI filter.
   *
   * @return the contract commitment id, or {@code null} for every KPI
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the status filter.
   *
   * @return the status, or {@code null} for every status
   */
  public ReturnStatus getStatus() {
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

  /** Builder for {@link ListReturnsOptions}; not thread-safe. */
  public static final class Builder {

    private String commitmentId;
    private ReturnStatus status;
    private Integer limit;

    private Builder() {}

    /**
     * Lists only the returns on this KPI.
     *
     * @param commitmentId the contract commitment id
     * @return this builder
     * @throws NullPointerException if {@code commitmentId} is {@code null}
     */
    public Builder commitmentId(String commitmentId) {
      this.commitmentId = Objects.requireNonNull(commitmentId, "commitmentId");
      return this;
    }

    /**
     * Lists only returns with this status.
     *
     * @param status the status, such as {@link ReturnStatus#SUBMITTED}
     * @return this builder
     * @throws NullPointerException if {@code status} is {@code null}
     */
    public Builder status(ReturnStatus status) {
      this.status = Objects.requireNonNull(status, "status");
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
    public ListReturnsOptions build() {
      return new ListReturnsOptions(this);
    }
  }
}
