package uk.svkit.sdk.models;

/**
 * One level of a question's scoring rubric: a score an evaluator may give and what an answer
 * deserving it looks like, such as {@code 75 Good}. Scores run from 0 to 100.
 */
public final class RubricLevel {

  private int score;
  private String descriptor;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected RubricLevel() {}

  /** For {@link QuestionInput.Builder}; arguments are checked there. */
  RubricLevel(int score, String descriptor) {
    this.score = score;
    this.descriptor = descriptor;
  }

  /**
   * Returns the score of the level.
   *
   * @return the score, 0 to 100
   */
  public int getScore() {
    return score;
  }

  /**
   * Returns what an answer at this level looks like.
   *
   * @return the descriptor, such as {@code Good}
   */
  public String getDescriptor() {
    return descriptor;
  }

  @Override
  public String toString() {
    return "RubricLevel{score=" + score + ", descriptor=" + descriptor + '}';
  }
}
