package uk.svkit.api.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.procurement.domain.QuestionType;

@Schema(
    name = "QuestionInput",
    description = "Which fields apply depends on the type; the rubric defaults to 0/25/50/75/100.")
public class QuestionRequest {
  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain letters, digits, '.', '_' and '-'")
  public String key;

  @NotNull public QuestionType type;

  @NotBlank
  @Size(max = 2000)
  public String text;

  @Size(max = 4000)
  public String guidance;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 4)
  @Schema(
      description =
          "The question's share of the question set's score, in percent; all weights add up to 100 at publication")
  public BigDecimal weight;

  @Min(1)
  @Max(100_000)
  @Schema(description = "METHOD_STATEMENT: the most characters an answer may have")
  public Integer maxCharacters;

  @Min(1)
  @Max(20_000)
  @Schema(description = "METHOD_STATEMENT: the most words an answer may have")
  public Integer maxWords;

  @Size(max = 40)
  @Schema(description = "COMMITMENT: the measure of the framework edition bidders commit to")
  public String measureCode;

  @Size(max = 20)
  @Schema(description = "SINGLE_CHOICE: the options")
  public List<@NotBlank @Size(max = 200) String> options;

  @Size(max = 100)
  @Schema(description = "NUMBER: the unit of the number asked for")
  public String unitLabel;

  @Size(max = 20)
  @Schema(
      description =
          "Codes of the edition's elements or measures (outcomes, award criteria) the question evidences")
  public List<@NotBlank @Size(max = 40) String> links;

  @Size(max = 11)
  public List<@NotNull @Valid RubricLevelRequest> rubric;
}
