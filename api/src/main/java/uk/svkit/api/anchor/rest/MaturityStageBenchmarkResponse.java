package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.MaturityStage;

@Schema(name = "MaturityStageBenchmark")
public class MaturityStageBenchmarkResponse {
  public MaturityStage stage;
  public BigDecimal own;
  public PeerSpreadResponse peers;
}
