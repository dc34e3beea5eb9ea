package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchmarkIndicator")
public class BenchmarkIndicatorResponse {
  public String code;
  public String title;
  public BigDecimal own;

  @Schema(
      description =
          "Of the other buyers only; absent while fewer than minPeers of them have a figure")
  public BigDecimal median;

  @Schema(
      description =
          "Of the other buyers only; absent while fewer than minPeers of them have a figure")
  public BigDecimal p25;

  @Schema(
      description =
          "Of the other buyers only; absent while fewer than minPeers of them have a figure")
  public BigDecimal p75;

  @Schema(description = "How many other buyers have a figure for this indicator (never the caller)")
  public int peers;
}
