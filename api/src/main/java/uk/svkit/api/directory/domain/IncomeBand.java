package uk.svkit.api.directory.domain;

/** Annual income, in the bands the Charity Commission and most funders use. */
public enum IncomeBand {
  UNDER_10K,
  FROM_10K_TO_100K,
  FROM_100K_TO_500K,
  FROM_500K_TO_1M,
  FROM_1M_TO_5M,
  OVER_5M
}
