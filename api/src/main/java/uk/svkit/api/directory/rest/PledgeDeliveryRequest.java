package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PledgeDeliveryInput")
public class PledgeDeliveryRequest {
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 2)
  @Schema(description = "Defaults to the pledged quantity")
  public BigDecimal deliveredQuantity;

  @Size(max = 2000)
  public String note;
}
