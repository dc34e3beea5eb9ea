package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MaturityPlaceBenchmark")
public class MaturityPlaceBenchmarkResponse {
  public String modelId;
  public String placeCode;
  public int minPeers;
  public List<MaturityStageBenchmarkResponse> stages;
  public BigDecimal ownOverall;
  public PeerSpreadResponse overall;
}
