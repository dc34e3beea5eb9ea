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

  /** Whether a return in this status counts as claimed delivery. */
  public boolean isLive() {
    return this == SUBMITTED || this == VALIDATED;
  }
}
