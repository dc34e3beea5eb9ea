package uk.svkit.api.organisation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the organisation operations. */
public final class OrganisationRequests {
  private OrganisationRequests() {}

  @Schema(name = "CreateOrganisationRequest")
  public static class Create {
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

  @Schema(name = "UpdateOrganisationRequest")
  public static class Update {
    @NotBlank
    @Size(max = 300)
    public String name;

    @Size(max = 20)
    @Schema(
        description =
            "Replaces the other identifiers; absent leaves them unchanged, [] clears them")
    public List<@NotBlank @Size(max = 100) String> otherIdentifiers;
  }
}
