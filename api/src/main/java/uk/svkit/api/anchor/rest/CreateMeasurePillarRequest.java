package uk.svkit.api.anchor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateMeasurePillarRequest")
public class CreateMeasurePillarRequest {
  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = AnchorPatterns.CODE, message = AnchorPatterns.CODE_MESSAGE)
  @Schema(description = "A framework measure code, such as LM-SUP-01")
  public String measureCode;

  @NotBlank
  @Size(max = 20)
  public String pillarCode;
}
