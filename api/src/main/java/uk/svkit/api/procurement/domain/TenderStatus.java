package uk.svkit.api.procurement.domain;

/** Derived from the deadline and the award, never stored, so it cannot go stale. */
public enum TenderStatus {
  /** Before the deadline: suppliers may submit and revise bids, which stay sealed. */
  OPEN,
  /** After the deadline: bids are locked and opened for evaluation. */
  CLOSED,
  AWARDED
}
