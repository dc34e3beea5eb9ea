package uk.svkit.api.anchor.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchorBenchmark")
public class AnchorBenchmarkResponse {
  public String programmeId;
  public String organisationId;
  public int minPeers;
  public List<AnchorBenchmarkIndicatorResponse> indicators;
}
