package uk.svkit.api.directory.domain;

/**
 * The receiving VCFSE's word on a recorded delivery: awaiting it until the VCFSE confirms it,
 * adjusts the quantity it accepts, or disputes it. The VCFSE may change its answer; only {@code
 * CONFIRMED} and {@code ADJUSTED} deliveries count.
 */
public enum DeliveryStatus {
  AWAITING_CONFIRMATION,
  CONFIRMED,
  ADJUSTED,
  DISPUTED;

  /** Whether the VCFSE has answered (confirmed, adjusted or disputed). */
  public boolean answered() {
    return this != AWAITING_CONFIRMATION;
  }
}
