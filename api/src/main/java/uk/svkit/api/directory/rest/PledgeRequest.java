package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PledgeInput")
public class PledgeRequest {
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 2)
  @Schema(
      description =
          "Part of the need's quantity; leave out to meet all that remains (or a need without a quantity)")
  public BigDecimal quantity;

  @Size(max = 2000)
  public String note;

  @Size(max = 36)
  @Schema(description = "The contract commitment (KPI) this pledge delivers, if any")
  public String commitmentId;
}
