package uk.svkit.sdk.models;

import java.util.List;

/** An organisation's assessments of a model, oldest first. */
public final class SelfAssessmentProgression {

  private String modelId;
  private List<SelfAssessmentStep> steps;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected SelfAssessmentProgression() {}

  /**
   * Returns the model version.
   *
   * @return the value, or {@code null} if absent
   */
  public String getModelId() {
    return modelId;
  }

  /**
   * Returns the assessments with their changes.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<SelfAssessmentStep> getSteps() {
    return ModelLists.copy(steps);
  }

  @Override
  public String toString() {
    return "SelfAssessmentProgression{modelId=" + modelId + ", steps=" + steps + '}';
  }
}
