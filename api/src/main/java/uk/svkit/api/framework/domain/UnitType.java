package uk.svkit.api.framework.domain;

/** The unit a measure is counted in. */
public enum UnitType {
  FTE,
  PEOPLE,
  HOURS,
  WEEKS,
  GBP,
  TCO2E,
  COUNT,
  PERCENT,
  TEXT
}
