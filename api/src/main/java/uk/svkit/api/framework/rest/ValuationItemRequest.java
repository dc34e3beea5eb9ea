package uk.svkit.api.framework.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValuationItem")
public class ValuationItemRequest {
  @NotBlank
  @Size(max = 40)
  public String measureCode;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal quantity;

  @DecimalMin("0")
  @DecimalMax("100")
  @Schema(description = "Percent of the outcome that would have happened anyway")
  public BigDecimal deadweight;

  @DecimalMin("0")
  @DecimalMax("100")
  @Schema(description = "Percent due to others")
  public BigDecimal attribution;

  @DecimalMin("0")
  @DecimalMax("100")
  @Schema(description = "Percent displaced from elsewhere")
  public BigDecimal displacement;

  @DecimalMin("0")
  @DecimalMax("100")
  @Schema(description = "Percent lost over the period")
  public BigDecimal dropOff;
}
