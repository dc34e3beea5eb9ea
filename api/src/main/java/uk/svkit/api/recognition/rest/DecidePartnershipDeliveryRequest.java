package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.PartnershipDeliveryStatus;

@Schema(name = "DecidePartnershipDeliveryRequest")
public class DecidePartnershipDeliveryRequest {
  @NotNull
  @Schema(enumeration = {"CONFIRMED", "ADJUSTED", "DISPUTED"})
  public PartnershipDeliveryStatus outcome;

  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  @Schema(description = "ADJUSTED: the quantity the VCFSE confirms instead")
  public BigDecimal quantity;

  @Size(max = 2000)
  @Schema(description = "Required to adjust or dispute")
  public String reason;
}
