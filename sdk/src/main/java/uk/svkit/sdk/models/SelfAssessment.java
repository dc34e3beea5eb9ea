package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** An organisation's self-assessment against a maturity model version. */
public final class SelfAssessment {

  private String id;
  private String organisationId;
  private String modelId;
  private LocalDate assessedOn;
  private String placeCode;
  private Map<String, BigDecimal> stageScores;
  private BigDecimal overallScore;
  private boolean latest;
  private List<StatementScore> scores;
  private String recordedBy;
  private OffsetDateTime createdAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected SelfAssessment() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the organisation.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the model version.
   *
   * @return the value, or {@code null} if absent
   */
  public String getModelId() {
    return modelId;
  }

  /**
   * Returns the day of the assessment.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  /**
   * Returns the ONS place code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns each stage's score (the mean level of its statements), by stage name.
   *
   * @return an unmodifiable map, empty if none
   */
  public Map<String, BigDecimal> getStageScores() {
    return stageScores == null ? Map.of() : Collections.unmodifiableMap(stageScores);
  }

  /**
   * Returns the mean level of all statements.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getOverallScore() {
    return overallScore;
  }

  /**
   * Returns whether it is the organisation's latest assessment of the model.
   *
   * @return the value (false if absent)
   */
  public boolean isLatest() {
    return latest;
  }

  /**
   * Returns the scores.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<StatementScore> getScores() {
    return ModelLists.copy(scores);
  }

  /**
   * Returns who recorded it.
   *
   * @return the value, or {@code null} if absent
   */
  public String getRecordedBy() {
    return recordedBy;
  }

  /**
   * Returns when it was recorded.
   *
   * @return the value, or {@code null} if absent
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on changes.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  /**
   * Returns one stage's score.
   *
   * @param stage the stage
   * @return the mean level of the stage's statements, or {@code null} if absent
   * @throws NullPointerException if {@code stage} is {@code null}
   */
  public BigDecimal getStageScore(MaturityStage stage) {
    return getStageScores().get(stage.toString());
  }

  @Override
  public String toString() {
    return "SelfAssessment{id="
        + id
        + ", organisationId="
        + organisationId
        + ", modelId="
        + modelId
        + '}';
  }
}
