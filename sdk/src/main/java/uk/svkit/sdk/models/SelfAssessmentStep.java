package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

/** One assessment in an organisation's progression, with the change since the one before. */
public final class SelfAssessmentStep {

  private SelfAssessment assessment;
  private Map<String, BigDecimal> stageChanges;
  private BigDecimal overallChange;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected SelfAssessmentStep() {}

  /**
   * Returns the assessment.
   *
   * @return the value, or {@code null} if absent
   */
  public SelfAssessment getAssessment() {
    return assessment;
  }

  /**
   * Returns the change in each stage's score since the previous assessment, by stage name; empty
   * for the first.
   *
   * @return an unmodifiable map, empty if none
   */
  public Map<String, BigDecimal> getStageChanges() {
    return stageChanges == null ? Map.of() : Collections.unmodifiableMap(stageChanges);
  }

  /**
   * Returns the change in the overall score; {@code null} for the first.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getOverallChange() {
    return overallChange;
  }

  @Override
  public String toString() {
    return "SelfAssessmentStep{assessment="
        + assessment
        + ", stageChanges="
        + stageChanges
        + ", overallChange="
        + overallChange
        + '}';
  }
}
