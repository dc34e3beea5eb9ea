package uk.svkit.api.recognition.domain;

/** The sector an organisation signs or applies as, recorded so lists can be filtered by it. */
public enum Sector {
  NHS,
  LOCAL_AUTHORITY,
  INTEGRATED_CARE_BOARD,
  VCFSE,
  EMERGENCY_SERVICES,
  EDUCATION,
  HOUSING,
  PRIVATE,
  OTHER
}
