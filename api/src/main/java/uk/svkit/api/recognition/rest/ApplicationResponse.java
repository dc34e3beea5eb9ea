package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ApplicationStatus;
import uk.svkit.api.recognition.domain.AwardStatus;
import uk.svkit.api.recognition.domain.Sector;

@Schema(
    name = "AwardApplication",
    description = "Private to the applicant, the scheme's administrators and its assessors.")
public class ApplicationResponse {
  public String id;
  public String programmeId;
  public String programmeCode;
  public String programmeVersion;
  public String organisationId;
  public String organisationName;
  public ApplicationStatus status;
  public String placeCode;
  public Sector sector;
  public String contactName;
  public String renewalOf;
  public String submittedBy;
  public OffsetDateTime submittedAt;
  public List<ThemeEvidenceResponse> evidence;
  public LocalDate decidedOn;
  public String decidedBy;
  public String reasons;

  @Schema(
      description =
          "Awarded: the first day the award is no longer current (decision date + validity)")
  public LocalDate expiresOn;

  @Schema(description = "Awarded: CURRENT or EXPIRED today")
  public AwardStatus awardStatus;
}
