package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.Rating;

@Schema(name = "AssessmentRatingInput")
public class AssessmentRatingRequest {
  @NotBlank
  @Size(max = 36)
  public String commitmentId;

  @NotNull public Rating rating;

  @Size(max = 2000)
  @Schema(description = "Required when the rating differs from the proposed one")
  public String reason;
}
