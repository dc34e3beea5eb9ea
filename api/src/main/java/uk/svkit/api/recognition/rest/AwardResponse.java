package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.AwardStatus;
import uk.svkit.api.recognition.domain.Sector;

@Schema(
    name = "Award",
    description = "An award, public: who holds it, from when, until when. No evidence or reasons.")
public class AwardResponse {
  @Schema(description = "The id of the awarded application")
  public String id;

  public String programmeId;
  public String programmeCode;
  public String programmeName;
  public String programmeVersion;
  public String organisationId;
  public String organisationName;
  public String organisationIdentifier;
  public String placeCode;
  public Sector sector;
  public LocalDate awardedOn;

  @Schema(description = "The first day the award is no longer current")
  public LocalDate expiresOn;

  @Schema(description = "On the day asked about (default today)")
  public AwardStatus status;

  public String renewalOf;
}
