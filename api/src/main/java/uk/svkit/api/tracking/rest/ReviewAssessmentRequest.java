package uk.svkit.api.tracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewAssessmentRequest")
public class ReviewAssessmentRequest {
  @Size(max = 10000)
  public String narrative;

  @Valid
  @Size(max = 100)
  public List<AssessmentRatingRequest> ratings;
}
