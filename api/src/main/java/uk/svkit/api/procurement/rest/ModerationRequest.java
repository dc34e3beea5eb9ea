package uk.svkit.api.procurement.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationRequest")
public class ModerationRequest {
  @NotNull
  @Min(0)
  @Max(100)
  public Integer score;

  @NotBlank
  @Size(max = 4000)
  @Schema(description = "Why this is the final score")
  public String rationale;
}
