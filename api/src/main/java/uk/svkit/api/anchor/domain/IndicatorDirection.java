package uk.svkit.api.anchor.domain;

/** Which way an indicator improves: more local spend is better, fewer emissions are. */
public enum IndicatorDirection {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
