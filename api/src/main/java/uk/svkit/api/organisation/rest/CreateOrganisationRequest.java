package uk.svkit.api.organisation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateOrganisationRequest")
public class CreateOrganisationRequest {
  @NotBlank
  @Size(max = 300)
  public String name;

  @NotEmpty
  @Size(max = 3)
  @Schema(description = "BUYER, SUPPLIER and/or VCFSE")
  public List<
          @NotNull
          @Pattern(regexp = "BUYER|SUPPLIER|VCFSE", message = "must be BUYER, SUPPLIER or VCFSE")
          String>
      roles;

  @NotBlank
  @Size(max = 100)
  @Schema(
      description = "Primary org-id identifier, e.g. GB-CHC-1090095; named by tokens",
      example = "GB-LAE-WRL")
  public String identifier;

  @Size(max = 20)
  public List<@NotBlank @Size(max = 100) String> otherIdentifiers;
}
