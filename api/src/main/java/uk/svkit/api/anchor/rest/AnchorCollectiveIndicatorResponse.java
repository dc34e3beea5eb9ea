package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorUnit;

@Schema(name = "AnchorCollectiveIndicator")
public class AnchorCollectiveIndicatorResponse {
  public String indicatorCode;
  public String pillarCode;
  public String title;
  public IndicatorUnit unit;
  public IndicatorDirection direction;

  @Schema(description = "How many signatories have a validated figure")
  public int signatories;

  @Schema(
      description =
          "The signatories' latest validated figures added up (not for percentages); absent below minPeers")
  public BigDecimal total;

  public PeerSpreadResponse spread;
}
