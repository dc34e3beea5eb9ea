package uk.svkit.sdk.models;

import java.time.LocalDate;

/** A performance failure as a published assessment reports it (frozen at publication). */
public final class ReportedPerformanceFailure {

  private String failureId;
  private String commitmentId;
  private LocalDate occurredOn;
  private String description;
  private String remedy;
  private String status;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ReportedPerformanceFailure() {}

  /**
   * Returns the failure.
   *
   * @return the value
   */
  public String getFailureId() {
    return failureId;
  }

  /**
   * Returns the KPI failed, or {@code null} for the contract.
   *
   * @return the value
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns when it happened.
   *
   * @return the value
   */
  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  /**
   * Returns the description.
   *
   * @return the value
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the remedy.
   *
   * @return the value
   */
  public String getRemedy() {
    return remedy;
  }

  /**
   * Returns {@code OPEN}, {@code REMEDIED} or {@code CLOSED}.
   *
   * @return the value
   */
  public String getStatus() {
    return status;
  }
}
