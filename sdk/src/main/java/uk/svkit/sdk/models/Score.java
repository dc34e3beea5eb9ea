package uk.svkit.sdk.models;

import java.time.OffsetDateTime;

/** One evaluator's score for one answer of a bid, with their comment. */
public final class Score {

  private String questionKey;
  private String evaluator;
  private int score;
  private String comment;
  private OffsetDateTime updatedAt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Score() {}

  /**
   * Returns the key of the question whose answer was scored.
   *
   * @return the question key
   */
  public String getQuestionKey() {
    return questionKey;
  }

  /**
   * Returns who scored.
   *
   * @return the subject of the evaluator's token
   */
  public String getEvaluator() {
    return evaluator;
  }

  /**
   * Returns the score given.
   *
   * @return one of the question's rubric scores
   */
  public int getScore() {
    return score;
  }

  /**
   * Returns the evaluator's reasoning.
   *
   * @return the comment, or {@code null}
   */
  public String getComment() {
    return comment;
  }

  /**
   * Returns when the score was last given or changed.
   *
   * @return the time (UTC)
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Score{questionKey="
        + questionKey
        + ", evaluator="
        + evaluator
        + ", score="
        + score
        + '}';
  }
}
