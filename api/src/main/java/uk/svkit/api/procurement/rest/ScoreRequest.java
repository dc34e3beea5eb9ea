package uk.svkit.api.procurement.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreRequest")
public class ScoreRequest {
  @NotNull
  @Min(0)
  @Max(100)
  @Schema(description = "One of the question's rubric scores")
  public Integer score;

  @Size(max = 4000)
  public String comment;
}
