package uk.svkit.api.anchor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordSelfAssessmentRequest")
public class RecordSelfAssessmentRequest {
  @NotBlank
  @Size(max = 36)
  public String modelId;

  @Schema(description = "Defaults to today")
  public LocalDate assessedOn;

  @NotBlank
  @Pattern(regexp = AnchorPatterns.PLACE, message = AnchorPatterns.PLACE_MESSAGE)
  public String placeCode;

  @NotNull
  @Size(min = 1, max = 100)
  public List<@NotNull @Valid StatementScoreRequest> scores;
}
