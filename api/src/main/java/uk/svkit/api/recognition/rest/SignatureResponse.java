package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.Sector;

@Schema(name = "Signature")
public class SignatureResponse {
  public String id;
  public String programmeId;
  public String programmeCode;
  public String programmeName;

  @Schema(description = "The version of the programme signed")
  public String programmeVersion;

  public String organisationId;
  public String organisationName;
  public String organisationIdentifier;
  public LocalDate signedOn;
  public String signatoryName;
  public String signatoryRole;
  public String statement;
  public String placeCode;
  public Sector sector;

  @Schema(
      enumeration = {"ACTIVE", "WITHDRAWN", "PENDING"},
      description =
          "PENDING: recorded by the programme's administrators on the organisation's behalf, awaiting its confirmation")
  public String status;

  public LocalDate withdrawnOn;
  public String withdrawalReason;
  public List<SignatureCommitmentResponse> commitments;
  public OffsetDateTime createdAt;
}
