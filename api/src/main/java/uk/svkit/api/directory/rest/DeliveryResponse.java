package uk.svkit.api.directory.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.DeliveryStatus;
import uk.svkit.api.directory.domain.SupportDelivered;
import uk.svkit.api.directory.domain.SupportType;

@Schema(
    name = "Delivery",
    description =
        "Support a business recorded as delivered through a pledge or an offer claim, and the receiving VCFSE's"
            + " answer on it. Only a confirmed (or adjusted: the accepted quantity) delivery counts.")
public class DeliveryResponse {
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
