package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.KpiTargets;
import uk.svkit.api.tracking.domain.PerformanceAssessment;
import uk.svkit.api.tracking.domain.PerformanceAssessmentRepository;
import uk.svkit.api.tracking.domain.PerformanceFailure;
import uk.svkit.api.tracking.domain.PerformanceFailureRepository;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.RatingPolicy;
import uk.svkit.api.tracking.infrastructure.PerformanceNotices;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * Contract Performance Notices: assessments proposed from delivery in the period, reviewed and
 * published by the contract manager, superseded by corrections; which contracts are overdue one;
 * and the performance failures the notices report.
 */
@ApplicationScoped
public class AssessmentService {
  @Inject ContractRepository contracts;
  @Inject ContractChangeService changes;
  @Inject PerformanceAssessmentRepository assessments;
  @Inject PerformanceFailureRepository failures;
  @Inject PeriodTotalsRepository totals;
  @Inject FrameworkService frameworks;
  @Inject ProgressService progress;
  @Inject EventRecorder events;
  @Inject Clock clock;
  @Inject PerformanceNotices notices;

  /** A rating the contract manager sets, with the reason where it departs from the proposal. */
  public record RatingChange(String commitmentId, Rating rating, String reason) {}

  /**
   * Creates a draft assessment of a period, or a correction of a published one (same period). Each
   * KPI in force in the period gets a proposed rating from its delivery in the period.
   */
  @Transactional
  public AssessmentView create(
      String contractId,
      LocalDate periodStart,
      LocalDate periodEnd,
      boolean onTermination,
      String supersedesId) {
    Contract contract = changes.managedContract(contractId);
    PerformanceAssessment.Kind kind =
        onTermination
            ? PerformanceAssessment.Kind.TERMINATION
            : PerformanceAssessment.Kind.PERIODIC;
    if (supersedesId != null) {
      PerformanceAssessment corrected = assessments.find(supersedesId);
      if (!corrected.contractId().equals(contract.id())
          || corrected.status() != PerformanceAssessment.Status.PUBLISHED) {
        throw new ProblemException(
            ProblemType.CONFLICT,
            "Only a published assessment of this contract can be corrected; "
                + supersedesId
                + " is not one.");
      }
      periodStart = corrected.periodStart();
      periodEnd = corrected.periodEnd();
      kind = corrected.kind();
    }
    if (periodStart == null || periodEnd == null) {
      throw ProblemException.invalid("periodStart", "periodStart and periodEnd are required");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    PerformanceAssessment.periodProblem(contract, periodStart, periodEnd)
        .ifPresent(p -> errors.add(new Problem.FieldError("periodEnd", p)));
    if (kind == PerformanceAssessment.Kind.TERMINATION
        && (!contract.terminated() || !periodEnd.equals(contract.terminatedOn()))) {
      errors.add(
          new Problem.FieldError(
              "onTermination",
              contract.terminated()
                  ? "a termination assessment ends on the termination date, "
                      + contract.terminatedOn()
                  : "the contract has not been terminated"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED, "The period cannot be assessed.", errors, Map.of());
    }
    PerformanceAssessment created =
        assessments.add(
            new PerformanceAssessment(
                contract,
                periodStart,
                periodEnd,
                kind,
                supersedesId,
                Tenancy.caller().subject(),
                propose(contract, periodStart, periodEnd, progress.policy())));
    return view(created, contract);
  }

  /** Each KPI in force during the period, rated on what was delivered within it. */
  private List<PerformanceAssessment.AssessedKpi> propose(
      Contract contract, LocalDate start, LocalDate end, RatingPolicy policy) {
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    Map<String, BigDecimal> delivered = new java.util.HashMap<>();
    for (PeriodTotals t : totals.ofContract(contract)) {
      if (!t.periodStart().isBefore(start) && !t.periodStart().isAfter(end)) {
        delivered.merge(t.commitmentId(), t.validated(), BigDecimal::add);
      }
    }
    List<PerformanceAssessment.AssessedKpi> kpis = new ArrayList<>();
    for (Commitment k : contract.commitments()) {
      if (k.effectiveFrom().isAfter(end) || k.lastDay().isBefore(start)) {
        continue;
      }
      Measure m = measures.get(k.measureCode());
      boolean quantifiable = m != null && m.unitType() != UnitType.TEXT;
      BigDecimal expected = KpiTargets.expectedBetween(contract, k, start, end);
      BigDecimal got = delivered.getOrDefault(k.id(), BigDecimal.ZERO);
      BigDecimal share =
          !quantifiable || expected.signum() == 0
              ? null
              : got.divide(expected, 4, RoundingMode.HALF_UP);
      kpis.add(
          new PerformanceAssessment.AssessedKpi(
              k.id(),
              k.measureCode(),
              k.title() != null ? k.title() : m == null ? k.measureCode() : m.title(),
              m == null ? null : m.unitLabel(),
              k.mostMaterial(),
              expected,
              got,
              share,
              policy.rate(share)));
    }
    return kpis;
  }

  /** Sets ratings and the narrative of a draft. */
  @Transactional
  public AssessmentView review(
      String contractId,
      String assessmentId,
      long expectedVersion,
      String narrative,
      List<RatingChange> ratings) {
    Contract contract = changes.managedContract(contractId);
    PerformanceAssessment a = draftOf(contract, assessmentId);
    List<Problem.FieldError> errors = new ArrayList<>();
    Versions.requireCurrent(expectedVersion, a.version());
    List<RatingChange> list = ratings == null ? List.of() : ratings;
    for (int i = 0; i < list.size(); i++) {
      RatingChange r = list.get(i);
      var kpi = a.kpis().stream().filter(k -> k.commitmentId().equals(r.commitmentId())).findAny();
      if (kpi.isEmpty()) {
        errors.add(
            new Problem.FieldError(
                "ratings[" + i + "].commitmentId", "is not a KPI of this assessment"));
      } else if (r.rating() != kpi.get().proposedRating()
          && (r.reason() == null || r.reason().isBlank())) {
        errors.add(
            new Problem.FieldError(
                "ratings[" + i + "].reason",
                "a rating other than the proposed "
                    + kpi.get().proposedRating()
                    + " needs the reason"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED, "The ratings cannot be set.", errors, Map.of());
    }
    for (RatingChange r : list) {
      a.rate(r.commitmentId(), r.rating(), r.reason());
    }
    if (narrative != null) {
      a.describe(narrative);
    }
    return view(assessments.store(a), contract);
  }

  /** Publishes a draft: frozen from now on, with the failures of its period. */
  @Transactional
  public AssessmentView publish(String contractId, String assessmentId, long expectedVersion) {
    Contract contract = changes.managedContract(contractId);
    PerformanceAssessment a = draftOf(contract, assessmentId);
    Versions.requireCurrent(expectedVersion, a.version());
    Caller caller = Tenancy.caller();
    a.publish(
        failures.ofContract(contract.id(), a.periodStart(), a.periodEnd()),
        caller.subject(),
        Timestamps.now(clock));
    assessments.store(a);
    if (a.supersedesId() != null) {
      PerformanceAssessment corrected = assessments.find(a.supersedesId());
      if (corrected.status() != PerformanceAssessment.Status.PUBLISHED) {
        throw new ProblemException(
            ProblemType.CONFLICT,
            "Assessment " + corrected.id() + " was already superseded by another correction.");
      }
      corrected.supersedeBy(a);
      assessments.store(corrected);
    }
    events.record(
        EventTypes.ASSESSMENT_PUBLISHED,
        "contracts/" + contract.id() + "/assessments/" + a.id(),
        EventRecorder.data(
            "contractId", contract.id(),
            "assessmentId", a.id(),
            "kind", a.kind().name(),
            "periodStart", a.periodStart(),
            "periodEnd", a.periodEnd(),
            "supersedesId", a.supersedesId()),
        contract.ownerOrganisationId(),
        contract.supplierOrganisationId());
    return view(a, contract);
  }

  private AssessmentView view(PerformanceAssessment a, Contract contract) {
    return new AssessmentView(a, contract, notices.ocid(contract));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public AssessmentView get(String contractId, String assessmentId) {
    Contract contract = contracts.find(contractId);
    PerformanceAssessment a = assessments.find(assessmentId);
    if (!a.contractId().equals(contract.id())) {
      throw ProblemException.notFound("Performance assessment", assessmentId);
    }
    return view(a, contract);
  }

  /** The published assessment (exports are of published notices only: else 409). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AssessmentView published(String contractId, String assessmentId) {
    AssessmentView view = get(contractId, assessmentId);
    if (view.assessment().draft()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Assessment " + assessmentId + " is a draft; publish it before exporting the notice.");
    }
    return view;
  }

  /** A published notice as an OCDS release (JSON). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String publishedOcds(String contractId, String assessmentId) {
    AssessmentView view = published(contractId, assessmentId);
    return notices.performanceNotice(view.contract(), view.assessment());
  }

  /** A contract's assessments by period end; drafts only for those who manage the contract. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PerformanceAssessment> list(
      String contractId, LocalDate afterEnd, String afterId, int fetch) {
    Contract contract = contracts.find(contractId);
    boolean manager = ContractService.managesContract(Tenancy.caller(), contract);
    return assessments.ofContract(contract.id(), !manager, afterEnd, afterId, fetch);
  }

  /**
   * The caller's contracts whose notice is overdue today: 12 months since the last published
   * assessment (or since the start), or terminated without a termination notice. Oldest due first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OverdueAssessmentView> overdue() {
    Caller caller = Tenancy.caller();
    if (caller.organisationId() == null) {
      throw ProblemException.forbidden("Overdue notices are listed for a buyer organisation.");
    }
    LocalDate today = Timestamps.today(clock);
    Map<String, LocalDate> last = assessments.lastPublishedEnd(caller.organisationId());
    Set<String> terminationNoticed =
        new HashSet<>(assessments.withTerminationNotice(caller.organisationId()));
    List<OverdueAssessmentView> overdue = new ArrayList<>();
    for (Contract c : contracts.ofBuyer(caller.organisationId())) {
      LocalDate assessedTo = last.get(c.id());
      if (c.terminated()) {
        if (!terminationNoticed.contains(c.id())) {
          overdue.add(new OverdueAssessmentView(c, assessedTo, c.terminatedOn(), "TERMINATION"));
        }
        continue;
      }
      LocalDate from = assessedTo == null ? c.startDate().minusDays(1) : assessedTo;
      LocalDate dueBy = from.plusMonths(PerformanceAssessment.MAX_MONTHS);
      if (today.isAfter(dueBy) && from.isBefore(c.endDate())) {
        overdue.add(new OverdueAssessmentView(c, assessedTo, dueBy, "ANNUAL"));
      }
    }
    overdue.sort(
        Comparator.comparing(OverdueAssessmentView::dueBy).thenComparing(o -> o.contract().id()));
    return overdue;
  }

  // ---- performance failures ------------------------------------------------------------------

  @Transactional
  public PerformanceFailure recordFailure(
      String contractId,
      String commitmentId,
      LocalDate occurredOn,
      String description,
      String remedy,
      PerformanceFailure.Status status) {
    Contract contract = changes.managedContract(contractId);
    if (commitmentId != null && contract.commitment(commitmentId).isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The failure cannot be recorded.",
          List.of(new Problem.FieldError("commitmentId", "is not a KPI of this contract")),
          Map.of());
    }
    if (occurredOn.isBefore(contract.startDate()) || occurredOn.isAfter(contract.lastDay())) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The failure cannot be recorded.",
          List.of(
              new Problem.FieldError(
                  "occurredOn",
                  "must lie within the contract, "
                      + contract.startDate()
                      + " to "
                      + contract.lastDay())),
          Map.of());
    }
    return failures.add(
        new PerformanceFailure(
            contract,
            commitmentId,
            occurredOn,
            description,
            remedy,
            status == null ? PerformanceFailure.Status.OPEN : status,
            Tenancy.caller().subject()));
  }

  @Transactional
  public PerformanceFailure followUpFailure(
      String contractId,
      String failureId,
      long expectedVersion,
      String remedy,
      PerformanceFailure.Status status) {
    Contract contract = changes.managedContract(contractId);
    PerformanceFailure f = failures.find(failureId);
    if (!f.contractId().equals(contract.id())) {
      throw ProblemException.notFound("Performance failure", failureId);
    }
    return failures.update(f, expectedVersion, () -> f.followUp(remedy, status));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PerformanceFailure> failures(String contractId) {
    Contract contract = contracts.find(contractId);
    return failures.ofContract(contract.id(), contract.startDate(), contract.endDate());
  }

  private PerformanceAssessment draftOf(Contract contract, String assessmentId) {
    PerformanceAssessment a = assessments.find(assessmentId);
    if (!a.contractId().equals(contract.id())) {
      throw ProblemException.notFound("Performance assessment", assessmentId);
    }
    if (!a.draft()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Assessment "
              + assessmentId
              + " is "
              + a.status().name().toLowerCase(java.util.Locale.ROOT)
              + " and cannot change; create a correction that supersedes it.");
    }
    return a;
  }
}
