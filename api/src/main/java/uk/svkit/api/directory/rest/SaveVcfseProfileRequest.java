package uk.svkit.api.directory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;

@Schema(
    name = "SaveVcfseProfile",
    description = "A VCFSE's whole profile; what is left out is cleared")
public class SaveVcfseProfileRequest {
  @NotNull public LegalForm legalForm;

  @Size(max = 4000)
  public String description;

  @Size(max = 500)
  @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
  public String website;

  public IncomeBand incomeBand;

  @Size(max = 20)
  @Schema(description = "Codes from GET /directory/themes")
  public List<@NotBlank @Size(max = 40) String> themes;

  @Size(max = 20)
  public List<@NotBlank @Size(max = 100) String> beneficiaryGroups;

  @Size(max = 50)
  @Schema(description = "ONS local authority codes, e.g. E08000015")
  public List<@NotBlank @Size(max = 9) String> placesServed;

  @Size(max = 8)
  @Schema(
      description =
          "A UK postcode or postcode district; resolved to coordinates (unknown is a 422)",
      example = "CH41 5AB")
  public String basePostcode;

  @Schema(
      description =
          "Publish the base at its exact point (premises open to the public). By default (false)"
              + " the public sees the postcode district, and searches, distances and matches use"
              + " the district's centroid; the full postcode is shown only to those who may see"
              + " the contacts.")
  public Boolean exactLocationPublic;

  @Size(max = 10)
  public List<@NotNull @Valid VcfseContactRequest> contacts;
}
