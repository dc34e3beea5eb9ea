package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchorPeriodFigure")
public class AnchorPeriodFigureResponse {
  public LocalDate periodStart;

  @Schema(description = "The live return's value")
  public BigDecimal claimed;

  @Schema(description = "The value once validated; absent until then")
  public BigDecimal validated;
}
