package uk.svkit.api.procurement.domain;

/** Whether a committed quantity is for the whole contract or for each contract year. */
public enum CommitmentPeriod {
  WHOLE_CONTRACT,
  PER_YEAR
}
