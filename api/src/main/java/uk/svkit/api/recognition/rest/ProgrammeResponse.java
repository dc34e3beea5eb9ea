package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ProgrammeKind;

@Schema(name = "Programme")
public class ProgrammeResponse {
  public String id;
  public String code;
  public ProgrammeKind kind;
  public String name;
  public String administeredBy;

  @Schema(
      description =
          "The administering organisation; absent for the programmes shipped with svkit (platform admins administer those)")
  public String ownerOrganisationId;

  public String summary;
  public String textUrl;
  public String programmeVersion;
  public LocalDate launchedOn;
  public Integer validityMonths;
  public List<ProgrammeElementResponse> elements;

  @Schema(
      description =
          "Award schemes: the assessors' subjects; shown to the scheme's administrators and assessors only")
  public List<String> assessors;

  public OffsetDateTime createdAt;
}
