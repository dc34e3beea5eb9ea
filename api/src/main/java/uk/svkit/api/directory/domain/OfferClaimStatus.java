package uk.svkit.api.directory.domain;

/** A claim is {@code CLAIMED} until the offering business records the delivery. */
public enum OfferClaimStatus {
  CLAIMED,
  DELIVERED
}
