package uk.svkit.api.anchor.domain;

/** What an institutional indicator counts. */
public enum IndicatorUnit {
  PERCENT,
  GBP,
  COUNT,
  FTE,
  HOURS,
  TCO2E;

  /**
   * Whether signatories' figures add up to a meaningful collective total (hours, pounds, tonnes);
   * percentages do not, so the collective view shows their spread instead.
   */
  public boolean isAdditive() {
    return this != PERCENT;
  }
}
