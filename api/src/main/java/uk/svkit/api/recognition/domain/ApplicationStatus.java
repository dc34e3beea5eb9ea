package uk.svkit.api.recognition.domain;

/** Where an award application stands. An AWARDED application is the award. */
public enum ApplicationStatus {
  SUBMITTED,
  AWARDED,
  NOT_AWARDED
}
