package uk.svkit.api.tracking.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Benchmark")
public class BenchmarkResponse {
  public String organisationId;

  @Schema(
      description =
          "The least number of other buyers with a figure for an indicator before its peer figures are shown")
  public int minPeers;

  public List<BenchmarkIndicatorResponse> indicators;
}
