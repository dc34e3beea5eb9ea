package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardDecisionRequest")
public class AwardDecisionRequest {
  @NotNull public Boolean awarded;

  @Schema(
      description =
          "Default today; may be earlier to record a decision taken before, never in the future. The award runs from it.")
  public LocalDate decidedOn;

  @NotBlank
  @Size(max = 4000)
  public String reasons;
}
