package uk.svkit.api.recognition.domain;

/** Whether an award is current on a given day, derived from its decision and expiry dates. */
public enum AwardStatus {
  CURRENT,
  EXPIRED
}
