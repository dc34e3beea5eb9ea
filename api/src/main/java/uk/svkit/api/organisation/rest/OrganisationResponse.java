package uk.svkit.api.organisation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.organisation.domain.Organisation;

/** An organisation as the API shows it. */
@Schema(name = "Organisation")
public class OrganisationResponse {
  public String id;
  public String name;
  public List<String> roles;
  public String identifier;
  public List<String> otherIdentifiers;

  @Schema(description = "Increases with every change; the ETag carries it too")
  public long version;

  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;

  static OrganisationResponse of(Organisation organisation) {
    OrganisationResponse response = new OrganisationResponse();
    response.id = organisation.id();
    response.name = organisation.name();
    response.roles = organisation.roles().stream().map(Enum::name).sorted().toList();
    response.identifier = organisation.identifier();
    response.otherIdentifiers = organisation.otherIdentifiers().stream().sorted().toList();
    response.version = organisation.version();
    response.createdAt = organisation.createdAt();
    response.updatedAt = organisation.updatedAt();
    return response;
  }
}
