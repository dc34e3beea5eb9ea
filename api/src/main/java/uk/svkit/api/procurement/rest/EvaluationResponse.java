package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation")
public class EvaluationResponse {
  public String tenderId;
  public BigDecimal socialValueWeighting;
  public String currency;
  public String proxySetId;

  @Schema(description = "True when every answer of every bid has a final score")
  public boolean complete;

  @Schema(description = "In rank order")
  public List<BidEvaluationResponse> bids;
}
