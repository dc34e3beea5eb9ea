package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchorIndicatorTargetValue")
public class AnchorIndicatorTargetValueResponse {
  public LocalDate dueOn;
  public BigDecimal value;
}
