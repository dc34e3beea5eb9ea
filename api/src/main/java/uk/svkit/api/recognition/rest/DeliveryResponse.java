package uk.svkit.api.recognition.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.PartnershipDeliveryStatus;

@Schema(name = "PartnershipDelivery")
public class DeliveryResponse {
  public String id;
  public String partnershipId;
  public String measureCode;

  @Schema(description = "As the business recorded it")
  public BigDecimal quantity;

  public LocalDate deliveredOn;
  public String note;
  public PartnershipDeliveryStatus status;

  @Schema(
      description = "What counts: as recorded, adjusted, or 0 when disputed; absent while PENDING")
  public BigDecimal confirmedQuantity;

  public String reason;
  public OffsetDateTime decidedAt;
  public OffsetDateTime createdAt;
}
