package uk.svkit.api.tracking.domain;

/** What a commitment's target quantity is for: the whole contract, each year or each quarter. */
public enum TargetPeriod {
  WHOLE_CONTRACT,
  PER_YEAR,
  PER_QUARTER
}
