package uk.svkit.api.framework.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ValuationTerm",
    description = "value = quantity x valuePerUnit x multiplier x adjustmentFactor")
public class ValuationTermResponse {
  public String measureCode;
  public String measureTitle;
  public String unitLabel;
  public BigDecimal quantity;
  public BigDecimal valuePerUnit;
  public BigDecimal multiplier;

  @Schema(description = "(1-deadweight)(1-attribution)(1-displacement)(1-dropOff); absent when 1")
  public BigDecimal adjustmentFactor;

  @Schema(description = "Absent when the term could not be monetised; note says why")
  public BigDecimal value;

  public String note;
}
