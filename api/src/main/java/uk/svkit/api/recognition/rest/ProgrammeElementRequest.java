package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ElementKind;

@Schema(name = "ProgrammeElementInput")
public class ProgrammeElementRequest {
  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = RecognitionPatterns.CODE, message = RecognitionPatterns.CODE_MESSAGE)
  public String code;

  @NotNull
  @Schema(
      description =
          "THEME for award schemes; PILLAR or PRINCIPLE for charters, pledges and frameworks")
  public ElementKind kind;

  @NotBlank
  @Size(max = 300)
  public String title;

  @Size(max = 2000)
  @Schema(description = "What evidence the element asks for")
  public String guidance;
}
