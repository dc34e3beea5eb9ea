package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.DeliveryStatus;
import uk.svkit.api.directory.domain.SupportDelivered;
import uk.svkit.api.directory.domain.SupportType;

/** Request and response bodies of recorded deliveries and the VCFSE's answer on them. */
public final class DeliveryDtos {
  private DeliveryDtos() {}

  @Schema(
      name = "Delivery",
      description =
          "Support a business recorded as delivered through a pledge or an offer claim, and the receiving VCFSE's"
              + " answer on it. Only a confirmed (or adjusted: the accepted quantity) delivery counts.")
  public static class DeliveryResponse {
    @Schema(description = "The pledge's or offer claim's id")
    public String id;

    public SupportDelivered.Through through;

    @Schema(description = "The need (pledge) or offer (claim)")
    public String listingId;

    public String listingTitle;
    public SupportType supportType;
    public String unit;
    public String vcfseOrganisationId;
    public String businessOrganisationId;

    @Schema(description = "The contract KPI the delivery is evidence of, if it names one")
    public String commitmentId;

    public BigDecimal deliveredQuantity;
    public String deliveryNote;
    public OffsetDateTime deliveredAt;
    public DeliveryStatus status;

    @Schema(description = "What the VCFSE accepted, for an adjusted delivery")
    public BigDecimal acceptedQuantity;

    @Schema(description = "What the delivery counts for: 0 until confirmed and once disputed")
    public BigDecimal countedQuantity;

    public String reason;
    public OffsetDateTime answeredAt;
    public long version;
  }

  @Schema(
      name = "DeliveryAnswer",
      description =
          "The receiving VCFSE's answer: CONFIRMED (the delivered quantity), ADJUSTED (quantity: what it accepts,"
              + " with a reason) or DISPUTED (with a reason)")
  public static class AnswerInput {
    @NotNull public DeliveryStatus status;

    @DecimalMin(value = "0")
    @Digits(integer = 15, fraction = 2)
    @Schema(description = "For ADJUSTED: the quantity accepted, at most the delivered quantity")
    public BigDecimal quantity;

    @Size(max = 2000)
    @Schema(description = "Required for ADJUSTED and DISPUTED")
    public String reason;
  }
}
