package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.OfferClaimStatus;
import uk.svkit.api.directory.domain.OfferStatus;
import uk.svkit.api.directory.domain.SupportType;

/** Request and response bodies of the noticeboard's offers and claims. */
public final class OfferDtos {
  private OfferDtos() {}

  @Schema(name = "OfferInput")
  public static class OfferInput {
    @NotNull public SupportType supportType;

    @NotBlank
    @Size(max = 200)
    public String title;

    @Size(max = 4000)
    public String description;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    @Schema(description = "How much is offered, where it fits (40 mentoring hours, 2000 GBP)")
    public BigDecimal quantity;

    @Size(max = 40)
    @Schema(example = "hours")
    public String unit;

    @Size(max = 9)
    @Schema(description = "ONS code of the place the offer is for; defaults to the postcode's")
    public String placeCode;

    @Size(max = 8)
    @Schema(
        description =
            "Where the support is given, for radius searches: a full postcode or a district (unknown is a 422)",
        example = "CH41 5AB")
    public String postcode;

    @NotNull
    @Schema(description = "The last day the offer is listed")
    public LocalDate expiresOn;
  }

  @Schema(name = "Offer")
  public static class OfferResponse {
    public String id;

    @Schema(description = "The offering business")
    public String organisationId;

    public String organisationName;
    public SupportType supportType;
    public String title;
    public String description;
    public BigDecimal quantity;
    public String unit;
    public BigDecimal claimedQuantity;
    public BigDecimal deliveredQuantity;
    public BigDecimal remainingQuantity;
    public String placeCode;
    public String postcode;
    public Double latitude;
    public Double longitude;
    public LocalDate expiresOn;
    public boolean expired;
    public OfferStatus status;
    public int claimCount;

    @Schema(
        description =
            "Kilometres from the search centre to the offer's postcode; only in searches near a point")
    public Double distanceKm;

    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
  }

  @Schema(name = "OfferPage")
  public static class OfferPage {
    public List<OfferResponse> items;

    @Schema(description = "Absolute URL of the next page; absent on the last page")
    public String next;
  }

  @Schema(name = "OfferClaimInput")
  public static class ClaimInput {
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    @Schema(
        description =
            "Part of the offer's quantity; leave out to take all that remains (or an offer without a quantity)")
    public BigDecimal quantity;

    @Size(max = 2000)
    public String note;

    @Size(max = 36)
    @Schema(description = "The business's contract commitment (KPI) the support delivers, if any")
    public String commitmentId;
  }

  @Schema(name = "OfferDeliveryInput")
  public static class DeliveryInput {
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    @Schema(description = "Defaults to the claimed quantity")
    public BigDecimal deliveredQuantity;

    @Size(max = 2000)
    public String note;

    @Size(max = 36)
    @Schema(
        description =
            "The contract commitment (KPI) the delivery counts for; replaces the claim's, if given")
    public String commitmentId;
  }

  @Schema(name = "OfferClaim")
  public static class ClaimResponse {
    public String id;
    public String offerId;
    public String vcfseOrganisationId;
    public String businessOrganisationId;
    public BigDecimal quantity;
    public String note;
    public String commitmentId;
    public OfferClaimStatus status;
    public BigDecimal deliveredQuantity;
    public String deliveryNote;
    public OffsetDateTime deliveredAt;
    public long version;
    public OffsetDateTime createdAt;
  }
}
