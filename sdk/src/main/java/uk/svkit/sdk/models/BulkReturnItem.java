package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * One return of {@code ContractsClient.submitReturns}: a {@link SubmitReturnOptions} with the
 * contract and KPI it reports on, so one call can carry returns for many contracts. Immutable;
 * create with {@link #of(String, String, SubmitReturnOptions)}.
 */
public final class BulkReturnItem {

  private final String contractId;
  private final String commitmentId;
  private final SubmitReturnOptions options;

  private BulkReturnItem(String contractId, String commitmentId, SubmitReturnOptions options) {
    this.contractId = contractId;
    this.commitmentId = commitmentId;
    this.options = options;
  }

  /**
   * Creates an item.
   *
   * @param contractId the contract
   * @param commitmentId the KPI of the contract reported on
   * @param options the period, quantity, narrative and evidence
   * @return an immutable item
   * @throws NullPointerException if an argument is {@code null}
   */
  public static BulkReturnItem of(
      String contractId, String commitmentId, SubmitReturnOptions options) {
    return new BulkReturnItem(
        Objects.requireNonNull(contractId, "contractId"),
        Objects.requireNonNull(commitmentId, "commitmentId"),
        Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the contract.
   *
   * @return the contract id
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the KPI reported on.
   *
   * @return the contract commitment id
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the period, quantity, narrative and evidence.
   *
   * @return the return's content
   */
  public SubmitReturnOptions getOptions() {
    return options;
  }
}
