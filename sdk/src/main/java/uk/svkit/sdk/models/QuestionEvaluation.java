package uk.svkit.sdk.models;

import java.math.BigDecimal;

/** Where the scoring of one question of a bid stands, and its final score once there is one. */
public final class QuestionEvaluation {

  private String questionKey;
  private BigDecimal weight;
  private Integer finalScore;
  private String status;
  private int scores;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected QuestionEvaluation() {}

  /**
   * Returns the question's key.
   *
   * @return the question key
   */
  public String getQuestionKey() {
    return questionKey;
  }

  /**
   * Returns the question's weight within the question set.
   *
   * @return the weight, a percentage
   */
  public BigDecimal getWeight() {
    return weight;
  }

  /**
   * Returns the final score: the evaluators' agreed score, or the buyer's moderation.
   *
   * @return the score, or {@code null} while not final
   */
  public Integer getFinalScore() {
    return finalScore;
  }

  /**
   * Returns how far the scoring has got.
   *
   * @return the status, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public QuestionScoreStatus getStatus() {
    return status == null || status.isBlank() ? null : QuestionScoreStatus.fromString(status);
  }

  /**
   * Returns how many evaluators have scored the answer (the {@code scores} property).
   *
   * @return the count
   */
  public int getScoreCount() {
    return scores;
  }

  @Override
  public String toString() {
    return "QuestionEvaluation{questionKey="
        + questionKey
        + ", finalScore="
        + finalScore
        + ", status="
        + status
        + ", scores="
        + scores
        + '}';
  }
}
