package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferClaimInput")
public class OfferClaimRequest {
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
