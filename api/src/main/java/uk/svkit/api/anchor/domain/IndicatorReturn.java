package uk.svkit.api.anchor.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.ReturnStatus;

/**
 * A signatory's return of one indicator for one reporting period, with a narrative and evidence. It
 * follows the contract returns' rules: tracking's {@link ReturnStatus} life cycle (submitted, then
 * validated or rejected by the programme's administering organisation, or superseded by a
 * correction; one live return per declaration and period) and tracking's evidence rules ({@link
 * KpiReturn#evidenceProblems}). Each step says what it does to the kept totals.
 */
@Entity
@Table(name = "anc_indicator_return")
public class IndicatorReturn extends AggregateRoot {
  @Column(name = "declaration_id", length = 36, nullable = false, updatable = false)
  private String declarationId;

  @Column(name = "administering_organisation_id", length = 36, updatable = false)
  private String administeringOrganisationId;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  // The period start while the return is live, else null: a unique index over it allows one live
  // return per declaration and period on every database.
  @Column(name = "live_period_start")
  private LocalDate livePeriodStart;

  @Column(name = "reported_value", precision = 19, scale = 4, nullable = false, updatable = false)
  private BigDecimal value;

  @Column(name = "narrative", length = 4000, updatable = false)
  private String narrative;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private ReturnStatus status;

  @Column(name = "rejection_reason", length = 2000)
  private String rejectionReason;

  @Column(name = "supersedes_id", length = 36, updatable = false)
  private String supersedesId;

  @Column(name = "superseded_by_id", length = 36)
  private String supersededById;

  @Column(name = "submitted_by", length = 200, nullable = false, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "reviewed_by", length = 200)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "anc_indicator_return_evidence",
      joinColumns = @JoinColumn(name = "return_id"))
  @OrderBy("position")
  private List<IndicatorEvidence> evidence = new ArrayList<>();

  protected IndicatorReturn() {}

  private IndicatorReturn(
      Declaration declaration,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal value,
      String narrative,
      List<EvidenceRef> evidence,
      String supersedesId,
      String submittedBy,
      OffsetDateTime at) {
    super(null, declaration.organisationId());
    this.declarationId = declaration.id();
    this.administeringOrganisationId = declaration.administeringOrganisationId();
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.livePeriodStart = periodStart;
    this.value = value;
    this.narrative = narrative;
    this.status = ReturnStatus.SUBMITTED;
    this.supersedesId = supersedesId;
    this.submittedBy = submittedBy;
    this.submittedAt = at;
    for (int i = 0; i < evidence.size(); i++) {
      this.evidence.add(new IndicatorEvidence(i, evidence.get(i)));
    }
  }

  /**
   * A new submitted return for one of the declaration's reporting periods; 422 naming the fields
   * when the period is not one of them or the evidence breaks a rule.
   */
  public static IndicatorReturn submit(
      Declaration declaration,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal value,
      String narrative,
      List<EvidenceRef> evidence,
      String submittedBy,
      OffsetDateTime at) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (!declaration.isReportingPeriod(periodStart, periodEnd)) {
      errors.add(
          new Problem.FieldError(
              "periodStart",
              "is not one of the indicator's "
                  + declaration.frequency()
                  + " reporting periods, which run back to back from "
                  + declaration.reportingFrom()));
    }
    if (!periodEnd.isBefore(at.toLocalDate().plusDays(1))) {
      errors.add(new Problem.FieldError("periodEnd", "the period has not ended yet"));
    }
    errors.addAll(KpiReturn.evidenceProblems(evidence, ""));
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED, "The return cannot be accepted.", errors, Map.of());
    }
    return new IndicatorReturn(
        declaration, periodStart, periodEnd, value, narrative, evidence, null, submittedBy, at);
  }

  @Override
  public String entityType() {
    return "anchor-indicator-return";
  }

  /** What this return's submission adds to the totals: its value as claimed, one live return. */
  public IndicatorTotalsChange submission() {
    return change(value, BigDecimal.ZERO, 1, 0);
  }

  /** The administering organisation accepts the return: its value now counts as validated. */
  public IndicatorTotalsChange validate(String reviewer, OffsetDateTime at) {
    requireSubmitted();
    review(ReturnStatus.VALIDATED, reviewer, at);
    return change(BigDecimal.ZERO, value, 0, 1);
  }

  /** The administering organisation refuses the return, with a reason: it stops counting. */
  public IndicatorTotalsChange reject(String reviewer, OffsetDateTime at, String reason) {
    requireSubmitted();
    review(ReturnStatus.REJECTED, reviewer, at);
    rejectionReason = reason;
    livePeriodStart = null;
    return change(value.negate(), BigDecimal.ZERO, -1, 0);
  }

  /** A correction and what replacing this return with it does to the totals. */
  public record Correction(IndicatorReturn correction, IndicatorTotalsChange change) {}

  /**
   * Replaces this return (whatever its status, unless already corrected) with a new submitted one
   * for the same period; this one becomes superseded, both stay in the history. 409 if it was
   * corrected already, 422 if the evidence breaks a rule. The caller stores this return first (it
   * stops being live) and then the correction.
   */
  public Correction correct(
      Declaration declaration,
      BigDecimal newValue,
      String newNarrative,
      List<EvidenceRef> newEvidence,
      String submitter,
      OffsetDateTime at) {
    if (status == ReturnStatus.SUPERSEDED) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Return " + id() + " has already been corrected by " + supersededById + ".");
    }
    List<Problem.FieldError> errors = KpiReturn.evidenceProblems(newEvidence, "");
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The correction cannot be accepted.",
          errors,
          Map.of());
    }
    IndicatorReturn correction =
        new IndicatorReturn(
            declaration,
            periodStart,
            periodEnd,
            newValue,
            newNarrative,
            newEvidence,
            id(),
            submitter,
            at);
    boolean wasLive = status.isLive();
    boolean wasValidated = status == ReturnStatus.VALIDATED;
    status = ReturnStatus.SUPERSEDED;
    supersededById = correction.id();
    livePeriodStart = null;
    changed("status");
    IndicatorTotalsChange change =
        change(
            newValue.subtract(wasLive ? value : BigDecimal.ZERO),
            wasValidated ? value.negate() : BigDecimal.ZERO,
            wasLive ? 0 : 1,
            wasValidated ? -1 : 0);
    return new Correction(correction, change);
  }

  private void requireSubmitted() {
    if (status != ReturnStatus.SUBMITTED) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Only a submitted return can be reviewed; this one is " + status + ".");
    }
  }

  private void review(ReturnStatus to, String reviewer, OffsetDateTime at) {
    status = to;
    reviewedBy = reviewer;
    reviewedAt = at;
    changed("status");
  }

  private IndicatorTotalsChange change(
      BigDecimal claimed, BigDecimal validated, int live, int validatedReturns) {
    return new IndicatorTotalsChange(
        declarationId, periodStart, claimed, validated, live, validatedReturns);
  }

  public String organisationId() {
    return ownerOrganisationId();
  }

  public String declarationId() {
    return declarationId;
  }

  public String administeringOrganisationId() {
    return administeringOrganisationId;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public BigDecimal value() {
    return value;
  }

  public String narrative() {
    return narrative;
  }

  public ReturnStatus status() {
    return status;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public String supersedesId() {
    return supersedesId;
  }

  public String supersededById() {
    return supersededById;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public OffsetDateTime reviewedAt() {
    return reviewedAt;
  }

  public List<EvidenceRef> evidence() {
    return evidence.stream()
        .sorted(Comparator.comparingInt(IndicatorEvidence::position))
        .map(IndicatorEvidence::ref)
        .toList();
  }
}
