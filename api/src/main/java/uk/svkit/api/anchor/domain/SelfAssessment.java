package uk.svkit.api.anchor.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * An organisation's self-assessment of its social value practice against one maturity model
 * version, on a day and for a place: a level and an evidence note per statement. Each stage's score
 * (the mean level of its statements, to two places) and the overall score are kept on the record,
 * so progression and benchmarks never recompute them. It is the organisation's alone; it never
 * changes once recorded (the next assessment is a new record). {@code latest} marks the
 * organisation's most recent assessment of the model, which the place benchmark reads.
 */
@Entity
@Table(name = "anc_self_assessment")
public class SelfAssessment extends AggregateRoot {
  @Column(name = "model_id", length = 36, nullable = false, updatable = false)
  private String modelId;

  @Column(name = "assessed_on", nullable = false, updatable = false)
  private LocalDate assessedOn;

  @Column(name = "place_code", length = 9, nullable = false, updatable = false)
  private String placeCode;

  @Column(name = "plan_score", precision = 6, scale = 2, nullable = false, updatable = false)
  private BigDecimal planScore;

  @Column(name = "procure_score", precision = 6, scale = 2, nullable = false, updatable = false)
  private BigDecimal procureScore;

  @Column(name = "manage_score", precision = 6, scale = 2, nullable = false, updatable = false)
  private BigDecimal manageScore;

  @Column(name = "review_score", precision = 6, scale = 2, nullable = false, updatable = false)
  private BigDecimal reviewScore;

  @Column(name = "overall_score", precision = 6, scale = 2, nullable = false, updatable = false)
  private BigDecimal overallScore;

  @Column(name = "is_latest", nullable = false)
  private boolean latest;

  @Column(name = "recorded_by", length = 200, nullable = false, updatable = false)
  private String recordedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "anc_self_assessment_score",
      joinColumns = @JoinColumn(name = "assessment_id"))
  private List<StatementScore> scores = new ArrayList<>();

  protected SelfAssessment() {}

  /** Scores every statement of the model once, on its scale; 422 naming each problem otherwise. */
  public SelfAssessment(
      String organisationId,
      MaturityModel model,
      LocalDate assessedOn,
      String placeCode,
      List<StatementScore> scores,
      String recordedBy) {
    super(null, organisationId);
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<MaturityStage, List<Integer>> byStage = new EnumMap<>(MaturityStage.class);
    for (int i = 0; i < scores.size(); i++) {
      StatementScore s = scores.get(i);
      var statement = model.statement(s.statementCode());
      if (statement.isEmpty()) {
        errors.add(
            new Problem.FieldError(
                "scores[" + i + "].statementCode",
                "is not a statement of " + model.code() + " version " + model.modelVersion()));
        continue;
      }
      if (!seen.add(s.statementCode())) {
        errors.add(new Problem.FieldError("scores[" + i + "].statementCode", "is scored twice"));
      }
      if (s.level() < 1 || s.level() > model.highestLevel()) {
        errors.add(
            new Problem.FieldError(
                "scores[" + i + "].level", "must be 1 to " + model.highestLevel()));
      }
      byStage.computeIfAbsent(statement.get().stage(), k -> new ArrayList<>()).add(s.level());
    }
    for (MaturityStatement statement : model.statements()) {
      if (!seen.contains(statement.code())) {
        errors.add(
            new Problem.FieldError("scores", "statement " + statement.code() + " is unscored"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The self-assessment cannot be recorded.",
          errors,
          Map.of());
    }
    this.modelId = model.id();
    this.assessedOn = assessedOn;
    this.placeCode = placeCode;
    this.recordedBy = recordedBy;
    this.scores.addAll(scores);
    this.planScore = mean(byStage.get(MaturityStage.PLAN));
    this.procureScore = mean(byStage.get(MaturityStage.PROCURE));
    this.manageScore = mean(byStage.get(MaturityStage.MANAGE));
    this.reviewScore = mean(byStage.get(MaturityStage.REVIEW));
    this.overallScore = mean(scores.stream().map(StatementScore::level).toList());
    this.latest = true;
  }

  private static BigDecimal mean(List<Integer> levels) {
    int sum = levels.stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(levels.size()), 2, RoundingMode.HALF_UP);
  }

  @Override
  public String entityType() {
    return "self-assessment";
  }

  /** A later assessment of the same model replaced this one as the organisation's latest. */
  public void supersededAsLatest() {
    if (latest) {
      latest = false;
      changed("latest");
    }
  }

  /** Recorded after a later-dated one (a backfill): it is history, not the latest. */
  public void recordedAsHistory() {
    latest = false;
  }

  public BigDecimal score(MaturityStage stage) {
    return switch (stage) {
      case PLAN -> planScore;
      case PROCURE -> procureScore;
      case MANAGE -> manageScore;
      case REVIEW -> reviewScore;
    };
  }

  public String organisationId() {
    return ownerOrganisationId();
  }

  public String modelId() {
    return modelId;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public String placeCode() {
    return placeCode;
  }

  public BigDecimal overallScore() {
    return overallScore;
  }

  public boolean isLatest() {
    return latest;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public List<StatementScore> scores() {
    return List.copyOf(scores);
  }
}
