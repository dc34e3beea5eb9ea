package uk.svkit.api.recognition.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.Sector;

@Schema(name = "SignProgrammeRequest")
public class SignProgrammeRequest {
  @Size(max = 36)
  @Schema(
      description =
          "The signing organisation; defaults to yours. The programme's administrators may name another: the signature"
              + " is then PENDING until that organisation confirms it.")
  public String organisationId;

  @Schema(description = "Default today; never in the future nor before the programme existed")
  public LocalDate signedOn;

  @NotBlank
  @Size(max = 200)
  public String signatoryName;

  @NotBlank
  @Size(max = 200)
  public String signatoryRole;

  @Size(max = 4000)
  @Schema(description = "The organisation's public statement")
  public String statement;

  @Size(max = 9)
  @Pattern(regexp = RecognitionPatterns.PLACE, message = RecognitionPatterns.PLACE_MESSAGE)
  public String placeCode;

  @NotNull public Sector sector;

  @Size(max = 50)
  @Schema(
      description = "Anchor framework: what the organisation commits to per pillar or principle")
  public List<@NotNull @Valid SignatureCommitmentRequest> commitments;
}
