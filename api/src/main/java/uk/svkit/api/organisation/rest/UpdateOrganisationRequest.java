package uk.svkit.api.organisation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateOrganisationRequest")
public class UpdateOrganisationRequest {
  @NotBlank
  @Size(max = 300)
  public String name;

  @Size(max = 20)
  @Schema(
      description = "Replaces the other identifiers; absent leaves them unchanged, [] clears them")
  public List<@NotBlank @Size(max = 100) String> otherIdentifiers;
}
