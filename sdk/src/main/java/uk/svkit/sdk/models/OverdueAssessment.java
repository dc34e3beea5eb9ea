package uk.svkit.sdk.models;

import java.time.LocalDate;

/**
 * A contract of the caller's whose Contract Performance Notice is overdue: {@code ANNUAL} (12
 * months since the last published assessment, or since the start) or {@code TERMINATION}
 * (terminated without a notice on termination).
 */
public final class OverdueAssessment {

  private String contractId;
  private String buyerContractId;
  private String title;
  private LocalDate assessedTo;
  private LocalDate dueBy;
  private String reason;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OverdueAssessment() {}

  /**
   * Returns the contract.
   *
   * @return the value
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the buyer's id for it.
   *
   * @return the value
   */
  public String getBuyerContractId() {
    return buyerContractId;
  }

  /**
   * Returns its title.
   *
   * @return the value
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the end of the last published assessment, or {@code null}.
   *
   * @return the value
   */
  public LocalDate getAssessedTo() {
    return assessedTo;
  }

  /**
   * Returns when the notice was due.
   *
   * @return the value
   */
  public LocalDate getDueBy() {
    return dueBy;
  }

  /**
   * Returns {@code ANNUAL} or {@code TERMINATION}.
   *
   * @return the value
   */
  public String getReason() {
    return reason;
  }
}
