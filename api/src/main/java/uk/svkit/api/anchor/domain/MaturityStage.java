package uk.svkit.api.anchor.domain;

/** The stages of the commissioning cycle a maturity model's statements belong to, in order. */
public enum MaturityStage {
  PLAN,
  PROCURE,
  MANAGE,
  REVIEW
}
