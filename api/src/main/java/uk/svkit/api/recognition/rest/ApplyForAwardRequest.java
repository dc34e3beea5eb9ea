package uk.svkit.api.recognition.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.Sector;

@Schema(name = "ApplyForAwardRequest")
public class ApplyForAwardRequest {
  @Size(max = 9)
  @Pattern(regexp = RecognitionPatterns.PLACE, message = RecognitionPatterns.PLACE_MESSAGE)
  public String placeCode;

  @NotNull public Sector sector;

  @NotBlank
  @Size(max = 200)
  public String contactName;

  @Size(max = 36)
  @Schema(description = "Renewals: the id of the award being renewed")
  public String renewalOf;

  @NotNull
  @Size(min = 1, max = 20)
  public List<@NotNull @Valid ThemeEvidenceRequest> evidence;
}
