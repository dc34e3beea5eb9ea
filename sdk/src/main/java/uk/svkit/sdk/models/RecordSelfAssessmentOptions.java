package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code AnchorsClient.recordSelfAssessment}: a score for every statement of a model
 * version. Immutable; build with {@link #builder}.
 */
public final class RecordSelfAssessmentOptions {

  private final String modelId;
  private final String placeCode;
  private final LocalDate assessedOn;
  private final List<StatementScore> scores;

  private RecordSelfAssessmentOptions(Builder b) {
    this.modelId = b.modelId;
    this.placeCode = b.placeCode;
    this.assessedOn = b.assessedOn;
    this.scores = List.copyOf(b.scores);
  }

  /**
   * Starts a builder.
   *
   * @param modelId the model version
   * @param placeCode the ONS place code
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(String modelId, String placeCode) {
    return new Builder(
        Objects.requireNonNull(modelId, "modelId"), Objects.requireNonNull(placeCode, "placeCode"));
  }

  /**
   * Returns the model version.
   *
   * @return the value, or {@code null} if not set
   */
  public String getModelId() {
    return modelId;
  }

  /**
   * Returns the ONS place code.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the day of the assessment (defaults to today).
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  /**
   * Returns the scores.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<StatementScore> getScores() {
    return scores;
  }

  /** Builder for {@link RecordSelfAssessmentOptions}; not thread-safe. */
  public static final class Builder {

    private final String modelId;
    private final String placeCode;
    private LocalDate assessedOn;
    private final List<StatementScore> scores = new ArrayList<>();

    private Builder(String modelId, String placeCode) {
      this.modelId = modelId;
      this.placeCode = placeCode;
    }

    /**
     * Sets the day of the assessment (defaults to today).
     *
     * @param assessedOn the value
     * @return this builder
     * @throws NullPointerException if {@code assessedOn} is {@code null}
     */
    public Builder assessedOn(LocalDate assessedOn) {
      this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
      return this;
    }

    /**
     * Adds one of the scores.
     *
     * @param score the item
     * @return this builder
     * @throws NullPointerException if {@code score} is {@code null}
     */
    public Builder addScore(StatementScore score) {
      this.scores.add(Objects.requireNonNull(score, "score"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public RecordSelfAssessmentOptions build() {
      return new RecordSelfAssessmentOptions(this);
    }
  }
}
