package uk.svkit.api.procurement.domain;

import java.util.List;

/**
 * One level of a scoring rubric: the score an evaluator gives and what an answer at it looks like.
 */
public record RubricLevel(int score, String descriptor) {

  /** The default 0–100 rubric, in the five steps most UK social value evaluations use. */
  public static final List<RubricLevel> DEFAULT =
      List.of(
          new RubricLevel(
              0, "Unacceptable: no answer, or the answer does not address the question"),
          new RubricLevel(25, "Poor: limited, generic or unevidenced"),
          new RubricLevel(50, "Satisfactory: meets the requirement with some evidence"),
          new RubricLevel(75, "Good: specific, credible and evidenced"),
          new RubricLevel(
              100, "Excellent: specific, measurable, evidenced and additional to the contract"));
}
