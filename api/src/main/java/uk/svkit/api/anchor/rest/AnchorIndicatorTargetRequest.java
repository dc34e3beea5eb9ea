package uk.svkit.api.anchor.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchorIndicatorTarget")
public class AnchorIndicatorTargetRequest {
  @NotNull public LocalDate dueOn;

  @NotNull
  @Digits(integer = 15, fraction = 4)
  public BigDecimal value;
}
