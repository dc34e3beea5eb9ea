package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReturnDeliveryConfirmation",
    description =
        "The evidence behind a return that counts a delivery: the pledge or offer claim it came through and the"
            + " receiving VCFSE's answer")
public class ReturnDeliveryConfirmationResponse {
  @Schema(description = "The delivery (the pledge's or offer claim's id)")
  public String deliveryId;

  @Schema(enumeration = {"PLEDGE", "OFFER_CLAIM"})
  public String through;

  @Schema(description = "The need (pledge) or offer (claim)")
  public String listingId;

  public String listingTitle;
  public String unit;
  public String vcfseOrganisationId;
  public BigDecimal deliveredQuantity;
  public OffsetDateTime deliveredAt;

  @Schema(enumeration = {"CONFIRMED", "ADJUSTED", "DISPUTED"})
  public String status;

  @Schema(description = "What the VCFSE accepted: the quantity the return counts")
  public BigDecimal acceptedQuantity;

  public String reason;
  public OffsetDateTime answeredAt;
}
