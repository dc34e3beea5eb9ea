package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.MaturityStage;

@Schema(name = "SelfAssessment")
public class AssessmentResponse {
  public String id;
  public String organisationId;
  public String modelId;
  public LocalDate assessedOn;
  public String placeCode;
  public Map<MaturityStage, BigDecimal> stageScores;
  public BigDecimal overallScore;

  @Schema(description = "Whether this is the organisation's most recent assessment of the model")
  public boolean latest;

  public List<StatementScoreRequest> scores;
  public String recordedBy;
  public OffsetDateTime createdAt;
  public long version;
}
