package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.procurement.domain.TenderEvaluation;

@Schema(name = "QuestionEvaluation")
public class QuestionEvaluationResponse {
  public String questionKey;
  public BigDecimal weight;
  public Integer finalScore;
  public TenderEvaluation.ScoreStatus status;

  @Schema(description = "How many assigned evaluators scored the answer")
  public int scores;
}
