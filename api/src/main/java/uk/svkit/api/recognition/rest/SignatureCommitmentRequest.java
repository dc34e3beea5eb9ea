package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignatureCommitmentInput")
public class SignatureCommitmentRequest {
  @NotBlank
  @Size(max = 20)
  @Schema(description = "A pillar or principle of the programme, e.g. P1")
  public String elementCode;

  @NotBlank
  @Size(max = 2000)
  public String commitment;

  @Size(max = 40)
  @Pattern(regexp = RecognitionPatterns.CODE, message = RecognitionPatterns.CODE_MESSAGE)
  @Schema(
      description =
          "The KPI tracking indicator (framework measure code) that shows progress, e.g. LM-SUP-01")
  public String indicatorCode;
}
