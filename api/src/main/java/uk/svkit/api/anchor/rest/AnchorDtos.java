package uk.svkit.api.anchor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorUnit;
import uk.svkit.api.anchor.domain.MaturityStage;
import uk.svkit.api.recognition.domain.ElementKind;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.rest.EvidenceRefRequest;

/** Request and response bodies of the anchor operations. */
public final class AnchorDtos {
  private AnchorDtos() {}

  static final String CODE = "[A-Za-z0-9._-]+";
  static final String CODE_MESSAGE = "may contain letters, digits, '.', '_' and '-'";
  static final String PLACE = "[EWSN][0-9]{8}";
  static final String PLACE_MESSAGE =
      "must be an ONS local authority code such as E08000015 (see /places)";

  // ---- catalogue and mapping -------------------------------------------------------------

  @Schema(name = "CreateAnchorIndicatorRequest")
  public static class CreateIndicator {
    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String code;

    @NotBlank
    @Size(max = 20)
    @Schema(description = "A pillar or principle code of the programme, such as P1")
    public String pillarCode;

    @NotBlank
    @Size(max = 300)
    public String title;

    @NotNull public IndicatorUnit unit;

    @NotNull public IndicatorDirection direction;

    @Size(max = 2000)
    public String description;
  }

  @Schema(name = "AnchorIndicator")
  public static class IndicatorResponse {
    public String id;

    @Schema(
        description = "Absent for the shipped catalogue, which applies to every anchor framework")
    public String programmeId;

    public String code;
    public String pillarCode;
    public String title;
    public IndicatorUnit unit;
    public IndicatorDirection direction;
    public String description;
  }

  @Schema(name = "CreateMeasurePillarRequest")
  public static class CreateMeasurePillar {
    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    @Schema(description = "A framework measure code, such as LM-SUP-01")
    public String measureCode;

    @NotBlank
    @Size(max = 20)
    public String pillarCode;
  }

  @Schema(name = "MeasurePillar")
  public static class MeasurePillarResponse {
    public String id;

    @Schema(description = "Absent for shipped mappings")
    public String programmeId;

    public String measureCode;
    public String pillarCode;
  }

  // ---- declarations and returns ----------------------------------------------------------

  @Schema(name = "AnchorIndicatorTarget")
  public static class Target {
    @NotNull public LocalDate dueOn;

    @NotNull
    @Digits(integer = 15, fraction = 4)
    public BigDecimal value;
  }

  @Schema(name = "DeclareAnchorIndicatorRequest")
  public static class Declare {
    @NotBlank
    @Size(max = 40)
    public String indicatorCode;

    @NotNull public ReportingFrequency frequency;

    @NotNull
    @Schema(description = "The first day of the first reporting period; periods run back to back")
    public LocalDate reportingFrom;

    @NotNull
    @Digits(integer = 15, fraction = 4)
    public BigDecimal baselineValue;

    @NotNull public LocalDate baselineOn;

    @Size(max = 50)
    public List<@NotNull @Valid Target> targets = List.of();
  }

  @Schema(name = "ReviseAnchorIndicatorPlanRequest")
  public static class RevisePlan {
    @NotNull
    @Digits(integer = 15, fraction = 4)
    public BigDecimal baselineValue;

    @NotNull public LocalDate baselineOn;

    @Size(max = 50)
    public List<@NotNull @Valid Target> targets = List.of();
  }

  @Schema(name = "AnchorIndicatorDeclaration")
  public static class DeclarationResponse {
    public String id;
    public String programmeId;
    public String organisationId;
    public String signatureId;
    public String indicatorCode;
    public String pillarCode;
    public String title;
    public IndicatorUnit unit;
    public IndicatorDirection direction;
    public ReportingFrequency frequency;
    public LocalDate reportingFrom;
    public BigDecimal baselineValue;
    public LocalDate baselineOn;
    public List<TargetResponse> targets;
    public long version;
  }

  @Schema(name = "AnchorIndicatorTargetValue")
  public static class TargetResponse {
    public LocalDate dueOn;
    public BigDecimal value;
  }

  @Schema(name = "SubmitAnchorIndicatorReturnRequest")
  public static class SubmitReturn {
    @NotNull public LocalDate periodStart;

    @NotNull public LocalDate periodEnd;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal value;

    @Size(max = 4000)
    public String narrative;

    @Size(max = 20)
    public List<@NotNull @Valid EvidenceRefRequest> evidence = List.of();
  }

  @Schema(name = "CorrectAnchorIndicatorReturnRequest")
  public static class CorrectReturn {
    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal value;

    @Size(max = 4000)
    public String narrative;

    @Size(max = 20)
    public List<@NotNull @Valid EvidenceRefRequest> evidence = List.of();
  }

  @Schema(name = "RejectAnchorIndicatorReturnRequest")
  public static class RejectReturn {
    @NotBlank
    @Size(max = 2000)
    public String reason;
  }

  @Schema(name = "AnchorIndicatorReturn")
  public static class ReturnResponse {
    public String id;
    public String declarationId;
    public String organisationId;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public BigDecimal value;
    public String narrative;
    public List<EvidenceRefRequest> evidence;
    public ReturnStatus status;
    public String rejectionReason;
    public String supersedesReturnId;
    public String supersededByReturnId;
    public String submittedBy;
    public OffsetDateTime submittedAt;
    public String reviewedBy;
    public OffsetDateTime reviewedAt;
    public long version;
  }

  // ---- dashboards and benchmarks ---------------------------------------------------------

  @Schema(name = "AnchorPeriodFigure")
  public static class PeriodFigure {
    public LocalDate periodStart;

    @Schema(description = "The live return's value")
    public BigDecimal claimed;

    @Schema(description = "The value once validated; absent until then")
    public BigDecimal validated;
  }

  @Schema(name = "AnchorIndicatorProgress")
  public static class IndicatorProgress {
    public String declarationId;
    public String indicatorCode;
    public String title;
    public IndicatorUnit unit;
    public IndicatorDirection direction;
    public BigDecimal baselineValue;
    public LocalDate baselineOn;
    public List<TargetResponse> targets;
    public List<PeriodFigure> periods;

    @Schema(description = "The most recent validated period; absent until one is validated")
    public PeriodFigure latestValidated;

    @Schema(description = "The first target due on or after the latest validated period")
    public TargetResponse nextTarget;

    @Schema(
        description =
            "How far the latest validated figure has come from the baseline towards the next target, in %")
    public BigDecimal progressPercent;
  }

  @Schema(name = "AnchorContractKpis")
  public static class ContractKpis {
    public String measureCode;

    @Schema(description = "How many of the anchor's contract KPIs (as buyer) use the measure")
    public int kpis;

    public BigDecimal claimedQuantity;
    public BigDecimal validatedQuantity;
  }

  @Schema(name = "AnchorPillar")
  public static class Pillar {
    public String code;
    public String title;
    public ElementKind kind;
    public List<IndicatorProgress> indicators;
    public List<ContractKpis> contractKpis;
  }

  @Schema(name = "AnchorDashboard")
  public static class Dashboard {
    public String programmeId;
    public String organisationId;
    public List<Pillar> pillars;
  }

  @Schema(name = "PeerSpread")
  public static class Spread {
    @Schema(description = "How many other organisations have a figure (the caller never counts)")
    public int peers;

    @Schema(description = "Absent while fewer than minPeers peers have a figure")
    public BigDecimal median;

    public BigDecimal p25;
    public BigDecimal p75;
  }

  @Schema(name = "AnchorBenchmarkIndicator")
  public static class BenchmarkIndicator {
    public String indicatorCode;
    public String pillarCode;
    public String title;
    public IndicatorUnit unit;
    public IndicatorDirection direction;

    @Schema(description = "The anchor's latest validated figure; absent if none")
    public BigDecimal own;

    public Spread peers;
  }

  @Schema(name = "AnchorBenchmark")
  public static class Benchmark {
    public String programmeId;
    public String organisationId;
    public int minPeers;
    public List<BenchmarkIndicator> indicators;
  }

  @Schema(name = "AnchorCollectiveIndicator")
  public static class CollectiveIndicator {
    public String indicatorCode;
    public String pillarCode;
    public String title;
    public IndicatorUnit unit;
    public IndicatorDirection direction;

    @Schema(description = "How many signatories have a validated figure")
    public int signatories;

    @Schema(
        description =
            "The signatories' latest validated figures added up (not for percentages); absent below minPeers")
    public BigDecimal total;

    public Spread spread;
  }

  @Schema(name = "AnchorCollectiveView")
  public static class Collective {
    public String programmeId;
    public int minPeers;
    public List<CollectiveIndicator> indicators;
  }

  // ---- maturity --------------------------------------------------------------------------

  @Schema(name = "MaturityLevel")
  public static class Level {
    @NotNull
    @Min(1)
    @Max(10)
    public Integer value;

    @NotBlank
    @Size(max = 100)
    public String label;

    @Size(max = 1000)
    public String description;
  }

  @Schema(name = "MaturityStatement")
  public static class Statement {
    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String code;

    @NotNull public MaturityStage stage;

    @NotBlank
    @Size(max = 1000)
    public String text;
  }

  @Schema(name = "PublishMaturityModelRequest")
  public static class PublishModel {
    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String code;

    @NotBlank
    @Size(max = 300)
    public String title;

    @Size(max = 2000)
    public String source;

    @NotNull
    @Size(min = 2, max = 10)
    public List<@NotNull @Valid Level> levels;

    @NotNull
    @Size(min = 4, max = 100)
    public List<@NotNull @Valid Statement> statements;
  }

  @Schema(name = "MaturityModel")
  public static class ModelResponse {
    public String id;

    @Schema(description = "Absent for svkit's own model")
    public String programmeId;

    public String code;
    public int modelVersion;
    public String title;
    public String source;
    public List<Level> levels;
    public List<Statement> statements;
  }

  @Schema(name = "StatementScore")
  public static class Score {
    @NotBlank
    @Size(max = 20)
    public String statementCode;

    @NotNull
    @Min(1)
    @Max(10)
    public Integer level;

    @Size(max = 2000)
    public String evidenceNote;
  }

  @Schema(name = "RecordSelfAssessmentRequest")
  public static class Assess {
    @NotBlank
    @Size(max = 36)
    public String modelId;

    @Schema(description = "Defaults to today")
    public LocalDate assessedOn;

    @NotBlank
    @Pattern(regexp = PLACE, message = PLACE_MESSAGE)
    public String placeCode;

    @NotNull
    @Size(min = 1, max = 100)
    public List<@NotNull @Valid Score> scores;
  }

  @Schema(name = "SelfAssessment")
  public static class AssessmentResponse {
    public String id;
    public String organisationId;
    public String modelId;
    public LocalDate assessedOn;
    public String placeCode;
    public Map<MaturityStage, BigDecimal> stageScores;
    public BigDecimal overallScore;

    @Schema(description = "Whether this is the organisation's most recent assessment of the model")
    public boolean latest;

    public List<Score> scores;
    public String recordedBy;
    public OffsetDateTime createdAt;
    public long version;
  }

  @Schema(name = "SelfAssessmentStep")
  public static class Step {
    public AssessmentResponse assessment;

    @Schema(
        description =
            "Change in each stage's score since the previous assessment; empty for the first")
    public Map<MaturityStage, BigDecimal> stageChanges;

    public BigDecimal overallChange;
  }

  @Schema(name = "SelfAssessmentProgression")
  public static class Progression {
    public String modelId;
    public List<Step> steps;
  }

  @Schema(name = "MaturityStageBenchmark")
  public static class StageBenchmark {
    public MaturityStage stage;
    public BigDecimal own;
    public Spread peers;
  }

  @Schema(name = "MaturityPlaceBenchmark")
  public static class PlaceBenchmark {
    public String modelId;
    public String placeCode;
    public int minPeers;
    public List<StageBenchmark> stages;
    public BigDecimal ownOverall;
    public Spread overall;
  }
}
