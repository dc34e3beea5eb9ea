package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.procurement.domain.QuestionType;

@Schema(name = "Question")
public class QuestionResponse {
  public String key;
  public QuestionType type;
  public String text;
  public String guidance;
  public BigDecimal weight;
  public Integer maxCharacters;
  public Integer maxWords;
  public String measureCode;

  @Schema(description = "COMMITMENT: the measure's unit type")
  public String unitType;

  @Schema(description = "COMMITMENT: the measure's unit; NUMBER: the unit asked for")
  public String unitLabel;

  public List<String> options;
  public List<String> links;
  public List<RubricLevelRequest> rubric;
}
