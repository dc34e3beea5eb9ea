package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.DeliveryStatus;

@Schema(
    name = "DeliveryAnswer",
    description =
        "The receiving VCFSE's answer: CONFIRMED (the delivered quantity), ADJUSTED (quantity: what it accepts,"
            + " with a reason) or DISPUTED (with a reason)")
public class DeliveryAnswerRequest {
  @NotNull public DeliveryStatus status;

  @DecimalMin(value = "0")
  @Digits(integer = 15, fraction = 2)
  @Schema(description = "For ADJUSTED: the quantity accepted, at most the delivered quantity")
  public BigDecimal quantity;

  @Size(max = 2000)
  @Schema(description = "Required for ADJUSTED and DISPUTED")
  public String reason;
}
