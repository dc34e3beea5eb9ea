package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BidEvaluation")
public class BidEvaluationResponse {
  public String bidId;
  public String supplierOrganisationId;
  public int rank;
  public BigDecimal price;

  @Schema(description = "The bid's score over the question set, in percent (weighted by question)")
  public BigDecimal scorePercent;

  @Schema(
      description =
          "scorePercent x socialValueWeighting / 100: the social value score out of the tender's weighting")
  public BigDecimal weightedScore;

  public List<QuestionEvaluationResponse> questions;

  @Schema(
      description =
          "£ value of the bid's commitments with the tender's proxy set; absent without one")
  public BigDecimal commitmentValue;

  @Schema(description = "commitmentValue / price")
  public BigDecimal valuePerPound;

  public ValuationTraceResponse valuation;
  public List<BidFlagResponse> flags;
}
