package uk.svkit.api.directory.domain;

/** Whether a platform admin has checked a profile since it last changed. */
public enum VerificationStatus {
  UNVERIFIED,
  VERIFIED
}
