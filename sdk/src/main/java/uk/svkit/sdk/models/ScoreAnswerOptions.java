package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Input of {@code TendersClient.scoreAnswer}: an evaluator's score for one answer, with their
 * reasoning. Immutable; build with {@link #builder(int)}:
 *
 * <pre>{@code
 * ScoreAnswerOptions.builder(75).comment("Credible plan, named partners").build();
 * }</pre>
 */
public final class ScoreAnswerOptions {

  private final int score;
  private final String comment;

  private ScoreAnswerOptions(Builder b) {
    this.score = b.score;
    this.comment = b.comment;
  }

  /**
   * Starts a builder.
   *
   * @param score one of the question's rubric scores, such as {@code 75}
   * @return a new builder
   */
  public static Builder builder(int score) {
    return new Builder(score);
  }

  /**
   * Returns the score.
   *
   * @return the score
   */
  public int getScore() {
    return score;
  }

  /**
   * Returns the comment.
   *
   * @return the comment, or {@code null} if not set (then not sent)
   */
  public String getComment() {
    return comment;
  }

  /** Builder for {@link ScoreAnswerOptions}; not thread-safe. */
  public static final class Builder {

    private final int score;
    private String comment;

    private Builder(int score) {
      this.score = score;
    }

    /**
     * Sets the evaluator's reasoning.
     *
     * @param comment up to 4000 characters
     * @return this builder
     * @throws NullPointerException if {@code comment} is {@code null}
     */
    public Builder comment(String comment) {
      this.comment = Objects.requireNonNull(comment, "comment");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ScoreAnswerOptions build() {
      return new ScoreAnswerOptions(this);
    }
  }
}
