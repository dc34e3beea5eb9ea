package uk.svkit.api.recognition.domain;

/** The two parties to a partnership. */
public enum PartnershipSide {
  BUSINESS,
  VCFSE
}
