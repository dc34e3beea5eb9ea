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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.framework.rest.ValuationTermResponse;
import uk.svkit.api.procurement.domain.CommitmentPeriod;
import uk.svkit.api.procurement.domain.QuestionSetStatus;
import uk.svkit.api.procurement.domain.QuestionType;
import uk.svkit.api.procurement.domain.TenderEvaluation;
import uk.svkit.api.procurement.domain.TenderStatus;

/** Request and response bodies of the procurement operations. */
public final class ProcurementDtos {
  private ProcurementDtos() {}

  @Schema(name = "RubricLevel")
  public static class RubricLevelDto {
    @NotNull
    @Min(0)
    @Max(100)
    public Integer score;

    @NotBlank
    @Size(max = 500)
    public String descriptor;
  }

  @Schema(
      name = "QuestionInput",
      description =
          "Which fields apply depends on the type; the rubric defaults to 0/25/50/75/100.")
  public static class QuestionInput {
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
    public List<@NotNull @Valid RubricLevelDto> rubric;
  }

  @Schema(name = "Question")
  public static class QuestionResponse {
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
    public List<RubricLevelDto> rubric;
  }

  @Schema(name = "QuestionSetRequest")
  public static class QuestionSetRequest {
    @NotBlank
    @Size(max = 200)
    public String title;

    @Size(max = 4000)
    public String description;

    @NotBlank
    @Size(max = 40)
    public String frameworkCode;

    @NotBlank
    @Size(max = 40)
    public String edition;

    @NotNull
    @Size(max = 200)
    public List<@NotNull @Valid QuestionInput> questions;
  }

  @Schema(name = "QuestionSet")
  public static class QuestionSetResponse {
    public String id;

    @Schema(description = "The id of version 1; every version of the set shares it")
    public String seriesId;

    public int versionNumber;
    public QuestionSetStatus status;
    public String title;
    public String description;
    public String frameworkCode;
    public String edition;
    public List<QuestionResponse> questions;
    public OffsetDateTime publishedAt;
    public OffsetDateTime retiredAt;

    @Schema(
        description = "Organisations the set is shared with (read-only); shown to the owner only")
    public List<String> sharedWith;

    public String ownerOrganisationId;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public long version;
  }

  @Schema(name = "CreateTenderRequest")
  public static class CreateTender {
    @NotBlank
    @Size(max = 100)
    @Schema(description = "Your own id for the tender in your e-tendering system; unique per buyer")
    public String buyerTenderId;

    @Size(max = 100)
    @Pattern(
        regexp = "ocds-[a-z0-9]{6}-.+",
        message = "must be an OCDS ocid such as ocds-h6vhtk-04f1c2")
    public String ocid;

    @NotBlank
    @Size(max = 300)
    public String title;

    @NotBlank
    @Size(max = 36)
    public String questionSetId;

    @Size(max = 36)
    @Schema(
        description =
            "The proxy set that values bids' commitments; without one, commitments are not valued")
    public String proxySetId;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    @Schema(
        description =
            "Social value's share of the total tender score, in percent (at least the configured minimum, 10 by default)")
    public BigDecimal socialValueWeighting;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal contractValue;

    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
    @Schema(description = "Defaults to GBP")
    public String currency;

    @NotNull public OffsetDateTime deadline;
  }

  @Schema(name = "Tender")
  public static class TenderResponse {
    public String id;
    public String buyerOrganisationId;
    public String buyerTenderId;
    public String ocid;
    public String title;
    public String questionSetId;
    public int questionSetVersionNumber;
    public String proxySetId;
    public BigDecimal socialValueWeighting;
    public BigDecimal contractValue;
    public String currency;
    public OffsetDateTime deadline;
    public TenderStatus status;

    @Schema(
        description = "Subjects of the assigned evaluators; shown to the buyer and evaluators only")
    public List<String> evaluators;

    public String awardedBidId;
    public OffsetDateTime awardedAt;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public long version;
  }

  @Schema(name = "ChangeDeadlineRequest")
  public static class ChangeDeadline {
    @NotNull public OffsetDateTime deadline;
  }

  @Schema(name = "AssignEvaluatorsRequest")
  public static class AssignEvaluators {
    @NotNull
    @Size(max = 50)
    @Schema(description = "The evaluators' token subjects (the JWT upn or sub)")
    public List<@NotBlank @Size(max = 200) String> evaluators;
  }

  @Schema(name = "AwardRequest")
  public static class Award {
    @NotBlank
    @Size(max = 36)
    public String bidId;
  }

  @Schema(name = "Commitment")
  public static class CommitmentDto {
    @Schema(readOnly = true, description = "The question's measure")
    public String measureCode;

    @Schema(readOnly = true)
    public String unitLabel;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal quantity;

    @NotNull public CommitmentPeriod period;

    @Size(max = 9)
    @Schema(
        description = "ONS code of the local authority area the commitment serves, e.g. E08000015")
    public String placeCode;

    @Size(max = 36)
    @Schema(description = "The VCFSE organisation the commitment will be delivered with, if any")
    public String vcfsePartnerOrganisationId;
  }

  @Schema(
      name = "Answer",
      description =
          "text for METHOD_STATEMENT and SINGLE_CHOICE, yes for YES_NO, number for NUMBER, commitment for COMMITMENT")
  public static class AnswerDto {
    @NotBlank
    @Size(max = 20)
    public String questionKey;

    @Size(max = 100_000)
    public String text;

    public Boolean yes;

    @Digits(integer = 15, fraction = 4)
    public BigDecimal number;

    @Valid public CommitmentDto commitment;
  }

  @Schema(name = "BidRequest")
  public static class BidRequest {
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 2)
    @Schema(description = "The bid price, in the tender's currency")
    public BigDecimal price;

    @NotNull
    @Size(max = 200)
    public List<@NotNull @Valid AnswerDto> answers;
  }

  @Schema(name = "Bid")
  public static class BidResponse {
    public String id;
    public String tenderId;
    public String supplierOrganisationId;
    public int revision;
    public BigDecimal price;
    public String currency;
    public List<AnswerDto> answers;
    public OffsetDateTime submittedAt;
    public OffsetDateTime updatedAt;
    public long version;
  }

  @Schema(name = "BidRevision")
  public static class BidRevisionResponse {
    public int revision;
    public OffsetDateTime submittedAt;
    public String submittedBy;
    public BigDecimal price;
    public List<AnswerDto> answers;
  }

  @Schema(name = "ScoreRequest")
  public static class ScoreInput {
    @NotNull
    @Min(0)
    @Max(100)
    @Schema(description = "One of the question's rubric scores")
    public Integer score;

    @Size(max = 4000)
    public String comment;
  }

  @Schema(name = "ModerationRequest")
  public static class ModerationInput {
    @NotNull
    @Min(0)
    @Max(100)
    public Integer score;

    @NotBlank
    @Size(max = 4000)
    @Schema(description = "Why this is the final score")
    public String rationale;
  }

  @Schema(name = "Score")
  public static class ScoreResponse {
    public String questionKey;
    public String evaluator;
    public int score;
    public String comment;
    public OffsetDateTime updatedAt;
  }

  @Schema(name = "Moderation")
  public static class ModerationResponse {
    public String questionKey;
    public String moderator;
    public int score;
    public String rationale;
    public OffsetDateTime updatedAt;
  }

  @Schema(name = "BidScores")
  public static class BidScoresResponse {
    public String bidId;
    public List<ScoreResponse> scores;
    public List<ModerationResponse> moderations;
  }

  @Schema(name = "Evaluation")
  public static class EvaluationResponse {
    public String tenderId;
    public BigDecimal socialValueWeighting;
    public String currency;
    public String proxySetId;

    @Schema(description = "True when every answer of every bid has a final score")
    public boolean complete;

    @Schema(description = "In rank order")
    public List<BidEvaluationResponse> bids;
  }

  @Schema(name = "BidEvaluation")
  public static class BidEvaluationResponse {
    public String bidId;
    public String supplierOrganisationId;
    public int rank;
    public BigDecimal price;

    @Schema(
        description = "The bid's score over the question set, in percent (weighted by question)")
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

    public ValuationTrace valuation;
    public List<FlagResponse> flags;
  }

  @Schema(name = "ValuationTrace")
  public static class ValuationTrace {
    public List<ValuationTermResponse> terms;
    public BigDecimal total;
  }

  @Schema(name = "QuestionEvaluation")
  public static class QuestionEvaluationResponse {
    public String questionKey;
    public BigDecimal weight;
    public Integer finalScore;
    public TenderEvaluation.ScoreStatus status;

    @Schema(description = "How many assigned evaluators scored the answer")
    public int scores;
  }

  @Schema(name = "BidFlag")
  public static class FlagResponse {
    public TenderEvaluation.FlagCode code;
    public String questionKey;
    public String detail;
  }
}
