package uk.svkit.api.recognition.domain;

/** Where a partnership delivery stands with the VCFSE that received it. */
public enum PartnershipDeliveryStatus {
  /** Recorded by the business; not counted until the VCFSE decides. */
  PENDING,
  /** The VCFSE confirmed the quantity as recorded; it counts. */
  CONFIRMED,
  /** The VCFSE confirmed a different quantity, with a reason; its quantity counts. */
  ADJUSTED,
  /** The VCFSE disputed the delivery, with a reason; nothing counts. */
  DISPUTED
}
