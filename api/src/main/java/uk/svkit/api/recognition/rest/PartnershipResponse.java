package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partnership")
public class PartnershipResponse {
  public String id;
  public String businessOrganisationId;
  public String businessName;
  public String vcfseOrganisationId;
  public String vcfseName;
  public String title;
  public String description;
  public LocalDate startedOn;
  public LocalDate endsOn;
  public String frameworkCode;
  public String edition;
  public List<PartnershipCommitmentResponse> commitments;

  @Schema(description = "Absent when the partnership names no proxy set")
  public PartnershipValueResponse value;

  @Schema(description = "The business agrees to show it on public recognitions")
  public boolean businessShows;

  @Schema(description = "The VCFSE agrees to show it on public recognitions")
  public boolean vcfseShows;

  @Schema(description = "Shown on both organisations' recognitions (both sides agree)")
  public boolean shownPublicly;

  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
}
