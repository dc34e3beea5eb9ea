package uk.svkit.api.tracking.domain;

/**
 * Submitted → validated or rejected by the buyer. A correction supersedes a return (whatever its
 * status) with a new submitted one; both stay in the history.
 */
public enum ReturnStatus {
  SUBMITTED,
  VALIDATED,
  REJECTED,
  SUPERSEDED;

  /**
   * Whether a return in this status is live: it counts as claimed delivery (and, once validated, as
   * validated delivery). A KPI has at most one live return per reporting period, which the database
   * enforces with a unique index over live returns (migrations V15 and V16); superseded and
   * rejected returns are history and never count.
   */
  public boolean isLive() {
    return this == SUBMITTED || this == VALIDATED;
  }
}
