package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Input of {@code TendersClient.moderateAnswer}: the buyer's final score for one answer and why.
 * Immutable; build with {@link #builder(int, String)}:
 *
 * <pre>{@code
 * ModerateAnswerOptions.builder(50, "Targets credible but no delivery partner named").build();
 * }</pre>
 */
public final class ModerateAnswerOptions {

  private final int score;
  private final String rationale;

  private ModerateAnswerOptions(Builder b) {
    this.score = b.score;
    this.rationale = b.rationale;
  }

  /**
   * Starts a builder.
   *
   * @param score one of the question's rubric scores
   * @param rationale why this score was chosen (required, up to 4000 characters)
   * @return a new builder
   * @throws NullPointerException if {@code rationale} is {@code null}
   */
  public static Builder builder(int score, String rationale) {
    return new Builder(score, Objects.requireNonNull(rationale, "rationale"));
  }

  /**
   * Returns the final score.
   *
   * @return the score
   */
  public int getScore() {
    return score;
  }

  /**
   * Returns the rationale.
   *
   * @return the rationale
   */
  public String getRationale() {
    return rationale;
  }

  /** Builder for {@link ModerateAnswerOptions}; not thread-safe. */
  public static final class Builder {

    private final int score;
    private final String rationale;

    private Builder(int score, String rationale) {
      this.score = score;
      this.rationale = rationale;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ModerateAnswerOptions build() {
      return new ModerateAnswerOptions(this);
    }
  }
}
