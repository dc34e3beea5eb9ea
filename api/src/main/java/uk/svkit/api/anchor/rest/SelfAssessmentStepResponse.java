package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.MaturityStage;

@Schema(name = "SelfAssessmentStep")
public class SelfAssessmentStepResponse {
  public AssessmentResponse assessment;

  @Schema(
      description =
          "Change in each stage's score since the previous assessment; empty for the first")
  public Map<MaturityStage, BigDecimal> stageChanges;

  public BigDecimal overallChange;
}
