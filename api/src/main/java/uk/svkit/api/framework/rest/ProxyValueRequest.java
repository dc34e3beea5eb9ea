package uk.svkit.api.framework.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProxyValue")
public class ProxyValueRequest {
  @NotBlank
  @Size(max = 40)
  public String measureCode;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal valuePerUnit;

  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 6, fraction = 6)
  @Schema(description = "Optional multiplier, e.g. a local multiplier on spend; absent means 1")
  public BigDecimal multiplier;
}
