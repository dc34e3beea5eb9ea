package uk.svkit.sdk.models;

/**
 * One change a contract modification made: its type (VALUE, END_DATE, KPI_ADDED, KPI_RETIRED,
 * KPI_RETARGETED or TERMINATED), the KPI it touched if any, and the value before and after as text.
 */
public final class ContractModificationChange {

  private String type;
  private String commitmentId;
  private String from;
  private String to;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ContractModificationChange() {}

  /**
   * Returns the type of change, such as {@code KPI_RETARGETED}.
   *
   * @return the value
   */
  public String getType() {
    return type;
  }

  /**
   * Returns the KPI changed, or {@code null} for a change to the contract itself.
   *
   * @return the value
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the value before, such as {@code "100 WHOLE_CONTRACT"}, or {@code null}.
   *
   * @return the value
   */
  public String getFrom() {
    return from;
  }

  /**
   * Returns the value after, or {@code null}.
   *
   * @return the value
   */
  public String getTo() {
    return to;
  }
}
