package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorUnit;

@Schema(name = "AnchorBenchmarkIndicator")
public class AnchorBenchmarkIndicatorResponse {
  public String indicatorCode;
  public String pillarCode;
  public String title;
  public IndicatorUnit unit;
  public IndicatorDirection direction;

  @Schema(description = "The anchor's latest validated figure; absent if none")
  public BigDecimal own;

  public PeerSpreadResponse peers;
}
