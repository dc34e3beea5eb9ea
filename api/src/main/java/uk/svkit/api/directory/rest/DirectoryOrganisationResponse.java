package uk.svkit.api.directory.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.VerificationStatus;

@Schema(
    name = "DirectoryOrganisation",
    description = "A VCFSE's directory profile; contacts only for authenticated callers")
public class DirectoryOrganisationResponse {
  @Schema(description = "The organisation's id")
  public String id;

  public String name;
  public String identifier;
  public LegalForm legalForm;
  public String description;
  public String website;
  public IncomeBand incomeBand;
  public List<String> themes;
  public List<String> beneficiaryGroups;
  public List<String> placesServed;

  @Schema(
      description =
          "The base: its postcode in full for those who may see the contacts, else as published;"
              + " coordinates at the postcode district's centroid unless exactLocationPublic")
  public BaseLocationResponse base;

  @Schema(description = "Whether the VCFSE publishes its base at its exact point")
  public boolean exactLocationPublic;

  public VerificationStatus verificationStatus;
  public OffsetDateTime verifiedAt;

  @Schema(description = "Absent for anonymous callers")
  public List<VcfseContactResponse> contacts;

  public long version;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
}
