package uk.svkit.api.recognition.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ProgrammeKind;

@Schema(name = "CreateProgrammeRequest")
public class CreateProgrammeRequest {
  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = RecognitionPatterns.CODE, message = RecognitionPatterns.CODE_MESSAGE)
  public String code;

  @NotNull public ProgrammeKind kind;

  @NotBlank
  @Size(max = 300)
  public String name;

  @Size(max = 36)
  @Schema(
      description =
          "The organisation that administers the programme (revises it, assigns assessors); without it, platform admins do")
  public String administeringOrganisationId;

  @Size(max = 300)
  @Schema(
      description =
          "Who runs the programme, as shown to the public; defaults to the administering organisation's name")
  public String administeredBy;

  @Size(max = 4000)
  public String summary;

  @Size(max = 1000)
  @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
  @Schema(description = "Where the programme's text is published")
  public String textUrl;

  @NotBlank
  @Size(max = 40)
  @Schema(
      description =
          "The version of the programme's text that signatories sign and applicants apply to")
  public String programmeVersion;

  public LocalDate launchedOn;

  @Min(1)
  @Max(240)
  @Schema(
      description =
          "Award schemes: how long an award lasts from its decision date, in months (default 60, five years)")
  public Integer validityMonths;

  @NotNull
  @Size(max = 50)
  public List<@NotNull @Valid ProgrammeElementRequest> elements;
}
