package uk.svkit.api.tracking.domain;

/** The Procurement Act 2023 (s.71) KPI ratings of a Contract Performance Notice. */
public enum Rating {
  GOOD,
  APPROACHING_TARGET,
  REQUIRES_IMPROVEMENT,
  INADEQUATE,
  /**
   * Not assessable yet (nothing expected so far) or not by quantity (a record-only text measure).
   */
  OTHER
}
