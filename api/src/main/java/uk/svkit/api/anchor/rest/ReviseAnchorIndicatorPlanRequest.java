package uk.svkit.api.anchor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviseAnchorIndicatorPlanRequest")
public class ReviseAnchorIndicatorPlanRequest {
  @NotNull
  @Digits(integer = 15, fraction = 4)
  public BigDecimal baselineValue;

  @NotNull public LocalDate baselineOn;

  @Size(max = 50)
  public List<@NotNull @Valid AnchorIndicatorTargetRequest> targets = List.of();
}
