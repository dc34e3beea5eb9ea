package uk.svkit.api.procurement.domain;

/** What kind of answer a question asks for. */
public enum QuestionType {
  /** Free text, within a character and/or word limit. */
  METHOD_STATEMENT,
  /** A quantified commitment against one framework measure (quantity, period, place, partner). */
  COMMITMENT,
  YES_NO,
  /** One of the question's options. */
  SINGLE_CHOICE,
  NUMBER
}
