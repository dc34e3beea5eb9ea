package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferDeliveryInput")
public class OfferDeliveryRequest {
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
