package uk.svkit.sdk.models;

import java.time.OffsetDateTime;

/**
 * The buyer's final score for one answer of a bid, settling a disagreement between evaluators (or
 * overriding their agreed score), with the rationale recorded for audit.
 */
public final class Moderation {

  private String questionKey;
  private String moderator;
  private int score;
  private String rationale;
  private OffsetDateTime updatedAt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Moderation() {}

  /**
   * Returns the key of the question whose answer was moderated.
   *
   * @return the question key
   */
  public String getQuestionKey() {
    return questionKey;
  }

  /**
   * Returns who moderated.
   *
   * @return the subject of the moderator's token
   */
  public String getModerator() {
    return moderator;
  }

  /**
   * Returns the final score.
   *
   * @return one of the question's rubric scores
   */
  public int getScore() {
    return score;
  }

  /**
   * Returns why this score was chosen.
   *
   * @return the rationale
   */
  public String getRationale() {
    return rationale;
  }

  /**
   * Returns when the moderation was last given or changed.
   *
   * @return the time (UTC)
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Moderation{questionKey="
        + questionKey
        + ", moderator="
        + moderator
        + ", score="
        + score
        + '}';
  }
}
