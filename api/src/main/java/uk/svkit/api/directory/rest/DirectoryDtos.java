package uk.svkit.api.directory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.NeedStatus;
import uk.svkit.api.directory.domain.PledgeStatus;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.domain.VerificationStatus;

/** Request and response bodies of the directory and noticeboard operations. */
public final class DirectoryDtos {
  private DirectoryDtos() {}

  @Schema(name = "DirectoryTheme")
  public static class ThemeResponse {
    public String code;
    public String label;
  }

  @Schema(name = "VcfseContactInput")
  public static class ContactInput {
    @NotBlank
    @Size(max = 200)
    public String name;

    @Size(max = 200)
    public String role;

    @Email
    @Size(max = 320)
    public String email;

    @Size(max = 40)
    @Pattern(regexp = "[0-9 +()-]*", message = "must be a telephone number")
    public String phone;
  }

  @Schema(name = "VcfseContact")
  public static class ContactResponse {
    public String name;
    public String role;
    public String email;
    public String phone;
  }

  @Schema(
      name = "SaveVcfseProfile",
      description = "A VCFSE's whole profile; what is left out is cleared")
  public static class SaveProfile {
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
    public List<@NotNull @Valid ContactInput> contacts;
  }

  @Schema(name = "BaseLocation")
  public static class LocationResponse {
    public String postcode;
    public String placeCode;
    public double latitude;
    public double longitude;
  }

  @Schema(
      name = "DirectoryOrganisation",
      description = "A VCFSE's directory profile; contacts only for authenticated callers")
  public static class OrganisationResponse {
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
    public LocationResponse base;

    @Schema(description = "Whether the VCFSE publishes its base at its exact point")
    public boolean exactLocationPublic;

    public VerificationStatus verificationStatus;
    public OffsetDateTime verifiedAt;

    @Schema(description = "Absent for anonymous callers")
    public List<ContactResponse> contacts;

    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
  }

  @Schema(
      name = "DirectoryOrganisationHit",
      description = "An organisation found by a directory search (never with contacts)")
  public static class OrganisationHitResponse {
    public String id;
    public String name;
    public String identifier;
    public LegalForm legalForm;
    public String description;
    public String website;
    public List<String> themes;
    public List<String> placesServed;
    public LocationResponse base;
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

  @Schema(name = "FacetCount")
  public static class FacetCount {
    public String value;
    public long count;
  }

  @Schema(
      name = "DirectoryFacets",
      description = "Counts over every result of the search (all pages)")
  public static class FacetsResponse {
    public List<FacetCount> places;
    public List<FacetCount> themes;
    public List<FacetCount> supportTypes;
  }

  @Schema(name = "DirectoryOrganisationPage")
  public static class OrganisationPage {
    public List<OrganisationHitResponse> items;

    @Schema(description = "Absolute URL of the next page; absent on the last page")
    public String next;

    public FacetsResponse facets;
  }

  @Schema(name = "NeedPage")
  public static class NeedPage {
    public List<NeedResponse> items;

    @Schema(description = "Absolute URL of the next page; absent on the last page")
    public String next;

    public FacetsResponse facets;
  }

  @Schema(name = "NeedInput")
  public static class NeedInput {
    @NotNull public SupportType supportType;

    @NotBlank
    @Size(max = 200)
    public String title;

    @Size(max = 4000)
    public String description;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    @Schema(description = "How much is needed, where it fits (200 volunteer hours, 5000 GBP)")
    public BigDecimal quantity;

    @Size(max = 40)
    @Schema(example = "hours")
    public String unit;

    @Size(max = 9)
    @Schema(description = "ONS code of the place the need is in; defaults to where the VCFSE works")
    public String placeCode;

    @NotNull
    @Schema(description = "The last day the need is listed")
    public LocalDate expiresOn;
  }

  @Schema(name = "Need")
  public static class NeedResponse {
    public String id;
    public String organisationId;
    public String organisationName;
    public SupportType supportType;
    public String title;
    public String description;
    public BigDecimal quantity;
    public String unit;
    public BigDecimal pledgedQuantity;
    public BigDecimal deliveredQuantity;
    public BigDecimal remainingQuantity;
    public String placeCode;
    public LocalDate expiresOn;
    public boolean expired;
    public NeedStatus status;

    @Schema(
        description =
            "Kilometres from the search centre to the VCFSE's base; only in searches near a point")
    public Double distanceKm;

    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
  }

  @Schema(name = "PledgeInput")
  public static class PledgeInput {
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    @Schema(
        description =
            "Part of the need's quantity; leave out to meet all that remains (or a need without a quantity)")
    public BigDecimal quantity;

    @Size(max = 2000)
    public String note;

    @Size(max = 36)
    @Schema(description = "The contract commitment (KPI) this pledge delivers, if any")
    public String commitmentId;
  }

  @Schema(name = "PledgeDeliveryInput")
  public static class DeliveryInput {
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    @Schema(description = "Defaults to the pledged quantity")
    public BigDecimal deliveredQuantity;

    @Size(max = 2000)
    public String note;
  }

  @Schema(name = "Pledge")
  public static class PledgeResponse {
    public String id;
    public String needId;
    public String businessOrganisationId;
    public String vcfseOrganisationId;
    public BigDecimal quantity;
    public String note;
    public String commitmentId;
    public PledgeStatus status;
    public BigDecimal deliveredQuantity;
    public String deliveryNote;
    public OffsetDateTime deliveredAt;
    public long version;
    public OffsetDateTime createdAt;
  }

  @Schema(
      name = "MatchFactor",
      description = "One part of a match score and why it scored what it did")
  public static class MatchFactor {
    @Schema(enumeration = {"theme", "place", "supportType", "needSize", "recency"})
    public String factor;

    public double points;
    public int max;
    public String reason;
  }

  @Schema(
      name = "Match",
      description =
          "A VCFSE organisation with open needs, scored out of 100 against what is offered")
  public static class MatchResponse {
    public OrganisationHitResponse organisation;
    public double score;
    public List<MatchFactor> factors;

    @Schema(
        description =
            "Its open needs the score considered (those of a wanted support type, if any)")
    public List<NeedResponse> needs;
  }

  @Schema(name = "MatchList")
  public static class MatchList {
    @Schema(description = "The themes matched, the given ones plus those the measures point at")
    public List<String> themes;

    @Schema(
        description = "The support types matched, the given ones plus those the measures point at")
    public List<SupportType> supportTypes;

    public List<MatchResponse> items;
  }
}
