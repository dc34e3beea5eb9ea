package uk.svkit.api.directory.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.domain.VerificationStatus;

@Schema(
    name = "DirectoryOrganisationHit",
    description = "An organisation found by a directory search (never with contacts)")
public class DirectoryOrganisationHitResponse {
  public String id;
  public String name;
  public String identifier;
  public LegalForm legalForm;
  public String description;
  public String website;
  public List<String> themes;
  public List<String> placesServed;
  public BaseLocationResponse base;
  public VerificationStatus verificationStatus;

  @Schema(
      description =
          "Kilometres from the search centre (haversine, to the metre); only for searches near a point")
  public Double distanceKm;

  @Schema(description = "Free-text relevance points (see the README); 0 without q")
  public int score;

  public int openNeedCount;

  @Schema(description = "Support types of its open needs")
  public List<SupportType> openSupportTypes;
}
