package uk.svkit.api.anchor.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SelfAssessmentProgression")
public class SelfAssessmentProgressionResponse {
  public String modelId;
  public List<SelfAssessmentStepResponse> steps;
}
