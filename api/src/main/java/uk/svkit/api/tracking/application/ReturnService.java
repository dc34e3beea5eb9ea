package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import uk.svkit.api.framework.application.FrameworkService;
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
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.domain.TotalsChange;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;
import uk.svkit.api.tracking.infrastructure.PledgeEvidenceRepository;
import uk.svkit.api.tracking.infrastructure.ReturnRepository;

/**
 * Periodic returns: submitted one at a time or a batch at once (all or nothing), validated or
 * rejected by the buyer, corrected by superseding. Every write updates the commitment's kept totals
 * in the same transaction, under a lock on the commitment, so totals never drift from the returns
 * they sum.
 */
@ApplicationScoped
public class ReturnService {
  private static final java.util.logging.Logger LOG =
      uk.svkit.api.platform.request.Loggers.of(ReturnService.class);

  @Inject ContractRepository contracts;
  @Inject ReturnRepository returns;
  @Inject PeriodTotalsRepository totals;
  @Inject PledgeEvidenceRepository pledgeEvidence;
  @Inject Clock clock;
  @Inject EventRecorder events;
  @Inject ProgressService progress;
  @Inject FrameworkService frameworks;

  /** A return as a caller gives it. */
  public record NewReturn(
      String contractId,
      String commitmentId,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal quantity,
      String narrative,
      List<EvidenceRef> evidence) {}

  /** Submits every return or none: a 422 names each problem as {@code returns[i].field}. */
  @Transactional
  public List<KpiReturn> submitAll(List<NewReturn> inputs, String fieldPrefix) {
    Caller caller = Tenancy.caller();
    Map<String, Contract> byId = new HashMap<>();
    Map<PeriodsOf, java.util.Set<ReportingFrequency.ReportingPeriod>> periodsByCommitment =
        new HashMap<>();
    List<Problem.FieldError> errors = new ArrayList<>();
    List<KpiReturn> accepted = new ArrayList<>();
    OffsetDateTime now = now();
    String buyer = null;
    for (int i = 0; i < inputs.size(); i++) {
      NewReturn in = inputs.get(i);
      String at = fieldPrefix == null ? "" : fieldPrefix + "[" + i + "].";
      Contract contract =
          byId.computeIfAbsent(in.contractId(), id -> contracts.findVisible(id).orElse(null));
      if (contract == null) {
        errors.add(
            new Problem.FieldError(
                at + "contractId",
                "there is no contract " + in.contractId() + " you can report on"));
        continue;
      }
      if (!mayReport(caller, contract)) {
        errors.add(
            new Problem.FieldError(
                at + "contractId", "only the contract's supplier and buyer submit returns"));
        continue;
      }
      if (buyer != null && !buyer.equals(contract.ownerOrganisationId())) {
        errors.add(
            new Problem.FieldError(
                at + "contractId", "one request carries returns for one buyer's contracts"));
        continue;
      }
      buyer = contract.ownerOrganisationId();
      Commitment commitment = contract.commitment(in.commitmentId()).orElse(null);
      if (commitment == null) {
        errors.add(
            new Problem.FieldError(
                at + "commitmentId", "is not a commitment of contract " + contract.id()));
        continue;
      }
      checkPeriod(
          contract, commitment, periodsByCommitment, in.periodStart(), in.periodEnd(), at, errors);
      contract
          .refusesReturnFor(commitment, in.periodStart())
          .ifPresent(why -> errors.add(new Problem.FieldError(at + "periodStart", why)));
      errors.addAll(KpiReturn.evidenceProblems(in.evidence(), at));
      accepted.add(
          KpiReturn.submit(
              UUID.randomUUID().toString(),
              contract,
              commitment,
              in.periodStart(),
              in.periodEnd(),
              in.quantity(),
              in.narrative(),
              in.evidence(),
              caller.subject(),
              now));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "No return was stored: some cannot be accepted.",
          errors,
          Map.of());
    }
    requireOnePerPeriod(accepted, fieldPrefix);
    // Concurrent requests for the same KPIs queue on the commitments' locks until commit, so
    // whatever needs no lock comes first: the unit values (framework reads), the events (new
    // outbox rows no other writer touches; they commit or roll back with the returns) and the
    // returns themselves. The unique index over live returns settles a race for one period without
    // the lock: the second insert waits for the first transaction and fails if it commits. Rows go
    // in in (KPI, period) order, so two requests sharing periods wait in one direction and cannot
    // deadlock; a correction (lock, then insert) racing this request for one period can, and the
    // database then aborts one of the two, which gets a 409 to retry (ConcurrentWrites).
    PeriodTotalsRepository.Valuer valuer = valuer(byId.values());
    events.recordAll(
        accepted.stream()
            .map(
                r ->
                    new EventRecorder.Emission(
                        EventTypes.RETURN_SUBMITTED,
                        subjectOf(r),
                        dataOf(r),
                        r.buyerOrganisationId(),
                        byId.get(r.contractId()).supplierOrganisationId()))
            .toList());
    try {
      returns.addAll(
          accepted.stream()
              .sorted(
                  Comparator.comparing(KpiReturn::commitmentId)
                      .thenComparing(KpiReturn::periodStart))
              .toList(),
          buyer);
    } catch (ReturnRepository.LiveReturnExists e) {
      throw liveReturnConflict(accepted, fieldPrefix);
    }
    returns.lockCommitments(new TreeSet<>(accepted.stream().map(KpiReturn::commitmentId).toList()));
    totals.apply(accepted.stream().map(KpiReturn::submission).toList(), valuer);
    return accepted;
  }

  @Transactional
  public KpiReturn validate(String contractId, String returnId, long expectedVersion) {
    Contract contract = managed(contractId);
    KpiReturn r = returns.find(contract, returnId);
    returns.lockCommitments(List.of(r.commitmentId()));
    Rating before = ratingOf(contract, r.commitmentId());
    KpiReturn validated =
        reviewed(contract, r, r.validate(expectedVersion, Tenancy.caller().subject(), now()));
    told(EventTypes.RETURN_VALIDATED, contract, validated, before);
    return validated;
  }

  @Transactional
  public KpiReturn reject(String contractId, String returnId, long expectedVersion, String reason) {
    Contract contract = managed(contractId);
    KpiReturn r = returns.find(contract, returnId);
    returns.lockCommitments(List.of(r.commitmentId()));
    Rating before = ratingOf(contract, r.commitmentId());
    KpiReturn rejected =
        reviewed(contract, r, r.reject(expectedVersion, Tenancy.caller().subject(), now(), reason));
    told(EventTypes.RETURN_REJECTED, contract, rejected, before);
    return rejected;
  }

  /**
   * Tells the buyer and the supplier of a return's step, and of the KPI's new rating if the step
   * changed it (validated quantities are what ratings count).
   */
  private void told(String type, Contract contract, KpiReturn r, Rating before) {
    events.record(
        type,
        subjectOf(r),
        dataOf(r),
        contract.ownerOrganisationId(),
        contract.supplierOrganisationId());
    Rating after = ratingOf(contract, r.commitmentId());
    if (before != after) {
      events.record(
          EventTypes.KPI_RATING_CHANGED,
          "contracts/" + contract.id() + "/commitments/" + r.commitmentId(),
          EventRecorder.data(
              "contractId", contract.id(),
              "buyerContractId", contract.buyerContractId(),
              "commitmentId", r.commitmentId(),
              "previousRating", before,
              "rating", after,
              "asOf", Timestamps.today(clock),
              "returnId", r.id()),
          contract.ownerOrganisationId(),
          contract.supplierOrganisationId());
    }
  }

  /** The KPI's rating today, from the kept totals as this transaction sees them. */
  private Rating ratingOf(Contract contract, String commitmentId) {
    return progress
        .progress(contract, totals.ofContract(contract), Timestamps.today(clock))
        .commitments()
        .stream()
        .filter(v -> v.progress().commitment().id().equals(commitmentId))
        .map(v -> v.progress().rating())
        .findFirst()
        .orElse(null);
  }

  /**
   * Values these contracts' KPIs as the dashboard does (its pounds per quarter are kept with each
   * write), unit values read once per KPI.
   */
  private PeriodTotalsRepository.Valuer valuer(java.util.Collection<Contract> of) {
    UnitValues units = new UnitValues(frameworks);
    Map<String, BigDecimal> unitOf = new HashMap<>();
    Map<String, String> currencyOf = new HashMap<>();
    for (Contract contract : of) {
      if (contract == null) {
        continue;
      }
      for (Commitment commitment : contract.commitments()) {
        unitOf.put(commitment.id(), units.of(contract, commitment));
        currencyOf.put(commitment.id(), contract.currency());
      }
    }
    // The kept quarter figures are amounts only: a buyer's dashboard adds up one currency.
    return (commitmentId, quantity) ->
        CommitmentValues.money(quantity, unitOf.get(commitmentId), currencyOf.get(commitmentId))
            .amount();
  }

  private static String subjectOf(KpiReturn r) {
    return "contracts/" + r.contractId() + "/returns/" + r.id();
  }

  private static java.util.Map<String, Object> dataOf(KpiReturn r) {
    return EventRecorder.data(
        "contractId", r.contractId(),
        "returnId", r.id(),
        "commitmentId", r.commitmentId(),
        "periodStart", r.periodStart(),
        "periodEnd", r.periodEnd(),
        "quantity", r.quantity(),
        "status", r.status(),
        "supersedesReturnId", r.supersedesId(),
        "reason", r.rejectionReason(),
        "deliveryId", r.confirmedDelivery() == null ? null : r.confirmedDelivery().deliveryId());
  }

  /** Stores a review step (412 if another writer got there first) and its effect on the totals. */
  private KpiReturn reviewed(Contract contract, KpiReturn r, TotalsChange change) {
    returns.store(r);
    totals.apply(List.of(change), valuer(List.of(contract)));
    return returns.find(contract, r.id());
  }

  /**
   * A new submitted return for the same commitment and period that supersedes the old one; both are
   * kept.
   */
  @Transactional
  public KpiReturn correct(
      String contractId,
      String returnId,
      long expectedVersion,
      BigDecimal quantity,
      String narrative,
      List<EvidenceRef> evidence) {
    Caller caller = Tenancy.caller();
    Contract contract = contracts.find(contractId);
    if (!mayReport(caller, contract)) {
      throw ProblemException.forbidden(
          "Only the contract's supplier and buyer correct its returns.");
    }
    KpiReturn old = returns.find(contract, returnId);
    returns.lockCommitments(List.of(old.commitmentId()));
    KpiReturn.Correction correction =
        old.correct(
            expectedVersion,
            UUID.randomUUID().toString(),
            quantity,
            narrative,
            evidence,
            caller.subject(),
            now());
    // The old return stops being live before the correction is inserted: the unique index over
    // live returns would refuse the correction beside a live original.
    returns.store(old);
    try {
      returns.addAll(List.of(correction.correction()), old.buyerOrganisationId());
    } catch (ReturnRepository.LiveReturnExists e) {
      // Correcting a rejected return while another return of the period is live.
      throw liveReturnConflict(List.of(correction.correction()), null);
    }
    Rating before = ratingOf(contract, old.commitmentId());
    totals.apply(List.of(correction.change()), valuer(List.of(contract)));
    told(EventTypes.RETURN_CORRECTED, contract, correction.correction(), before);
    return correction.correction();
  }

  /**
   * A KPI has one live return per reporting period, so a request may not carry two for the same
   * one: a 409 naming both items.
   */
  private static void requireOnePerPeriod(List<KpiReturn> accepted, String fieldPrefix) {
    Map<ReturnRepository.Slot, Integer> first = new HashMap<>();
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      KpiReturn r = accepted.get(i);
      Integer earlier =
          first.putIfAbsent(new ReturnRepository.Slot(r.commitmentId(), r.periodStart()), i);
      if (earlier != null) {
        errors.add(
            new Problem.FieldError(
                fieldPrefix + "[" + i + "].periodStart",
                "is the same KPI and reporting period as "
                    + fieldPrefix
                    + "["
                    + earlier
                    + "]; a KPI has one return per reporting period"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "No return was stored: the request carries more than one return for the same KPI and reporting period.",
          errors,
          Map.of());
    }
  }

  /**
   * The 409 for returns that the unique index over live returns refused: it names the live return
   * of each period, read after the failed insert (outside its spoiled transaction), and says to
   * correct it instead.
   */
  private ProblemException liveReturnConflict(List<KpiReturn> refused, String fieldPrefix) {
    Map<ReturnRepository.Slot, String> live =
        returns.liveReturnIds(
            refused.stream()
                .map(r -> new ReturnRepository.Slot(r.commitmentId(), r.periodStart()))
                .toList());
    List<Problem.FieldError> errors = new ArrayList<>();
    String firstLive = null;
    String firstContract = null;
    for (int i = 0; i < refused.size(); i++) {
      KpiReturn r = refused.get(i);
      String existing = live.get(new ReturnRepository.Slot(r.commitmentId(), r.periodStart()));
      if (existing == null) {
        continue;
      }
      if (firstLive == null) {
        firstLive = existing;
        firstContract = r.contractId();
      }
      if (fieldPrefix != null) {
        errors.add(
            new Problem.FieldError(
                fieldPrefix + "[" + i + "].periodStart",
                "return "
                    + existing
                    + " is already live for this KPI and reporting period; correct it instead"));
      }
    }
    if (firstLive == null) {
      return new ProblemException(
          ProblemType.CONFLICT,
          "Another return for the same KPI and reporting period was stored at the same time;"
              + " read the contract's returns and correct the live one instead of submitting another.");
    }
    String correct =
        "POST /api/v1/contracts/" + firstContract + "/returns/" + firstLive + "/corrections";
    String detail =
        fieldPrefix == null
            ? "Return "
                + firstLive
                + " is already live for this KPI and reporting period; correct it ("
                + correct
                + ") instead of submitting another."
            : "No return was stored: "
                + errors.size()
                + " of them are for a KPI and reporting period that already has a live return (the first is return "
                + firstLive
                + "); correct those returns ("
                + correct
                + ") instead of submitting them again.";
    return new ProblemException(ProblemType.CONFLICT, detail, errors, Map.of());
  }

  /**
   * Keeps the return that counts a VCFSE-confirmed delivery of one of the contract's KPIs at what
   * the VCFSE now accepts ({@code counted}): the first answer that accepts something submits a
   * return for the reporting period holding the delivery date; a changed answer supersedes it with
   * one at the new quantity (zero once disputed), so the kept totals move by the difference and a
   * delivery never counts twice; the same answer again changes nothing. Runs in the answering
   * transaction, under the commitment's lock.
   */
  public void countConfirmedDelivery(
      Contract contract,
      Commitment commitment,
      LocalDate deliveredOn,
      BigDecimal counted,
      String narrative,
      uk.svkit.api.tracking.domain.ConfirmedDelivery delivery,
      String answeredBy) {
    returns.lockCommitments(List.of(commitment.id()));
    KpiReturn current = returns.currentOfDelivery(delivery.deliveryId()).orElse(null);
    if (current == null) {
      if (counted.signum() == 0) {
        return;
      }
      ReportingFrequency.ReportingPeriod period =
          commitment.reportingFrequency().periods(contract.startDate(), contract.endDate()).stream()
              .filter(p -> !deliveredOn.isBefore(p.start()) && !deliveredOn.isAfter(p.end()))
              .findFirst()
              .orElse(null);
      if (period == null || contract.refusesReturnFor(commitment, period.start()).isPresent()) {
        LOG.info(
            () ->
                "Delivery "
                    + delivery.deliveryId()
                    + " on "
                    + deliveredOn
                    + " falls in no reporting period of commitment "
                    + commitment.id()
                    + " that takes returns; not counted");
        return;
      }
      KpiReturn r =
          KpiReturn.countConfirmedDelivery(
              UUID.randomUUID().toString(),
              contract,
              commitment,
              period,
              counted,
              narrative,
              delivery,
              answeredBy,
              now());
      returns.addAll(List.of(r), contract.ownerOrganisationId());
      totals.apply(List.of(r.submission()), valuer(List.of(contract)));
      events.record(
          EventTypes.RETURN_SUBMITTED,
          subjectOf(r),
          dataOf(r),
          contract.ownerOrganisationId(),
          contract.supplierOrganisationId());
      return;
    }
    boolean same = current.quantity().compareTo(counted) == 0;
    if (same || (counted.signum() == 0 && !current.status().isLive())) {
      return;
    }
    Rating before = ratingOf(contract, commitment.id());
    KpiReturn.Correction correction =
        current.recountConfirmedDelivery(
            UUID.randomUUID().toString(), counted, narrative, delivery, answeredBy, now());
    returns.store(current);
    returns.addAll(List.of(correction.correction()), contract.ownerOrganisationId());
    totals.apply(List.of(correction.change()), valuer(List.of(contract)));
    told(EventTypes.RETURN_CORRECTED, contract, correction.correction(), before);
  }

  /**
   * Pledge deliveries recorded as evidence of the contract's KPIs, for whoever may see the
   * contract.
   */
  public List<uk.svkit.api.tracking.domain.PledgeEvidence> pledgeEvidence(String contractId) {
    return pledgeEvidence.ofContract(contracts.find(contractId));
  }

  public KpiReturn get(String contractId, String returnId) {
    return returns.find(contracts.find(contractId), returnId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReturnsExportView export(String contractId) {
    Contract contract = contracts.find(contractId);
    return new ReturnsExportView(
        progress.progress(contract, totals.ofContract(contract), Timestamps.today(clock)),
        returns.list(contract, null, null, null, null, Integer.MAX_VALUE));
  }

  public List<KpiReturn> list(
      String contractId,
      String commitmentId,
      ReturnStatus status,
      OffsetDateTime afterTime,
      String afterId,
      int fetch) {
    Contract contract = contracts.find(contractId);
    return returns.list(contract, commitmentId, status, afterTime, afterId, fetch);
  }

  /**
   * The contract, if the caller reviews its returns (the buyer's buyer and contract-manager users).
   */
  private Contract managed(String contractId) {
    Contract contract = contracts.find(contractId);
    if (!ContractService.managesContract(Tenancy.caller(), contract)) {
      throw ProblemException.forbidden(
          "Only the contract's buyer validates or rejects its returns.");
    }
    return contract;
  }

  private static boolean mayReport(Caller caller, Contract contract) {
    return ContractService.managesContract(caller, contract)
        || (contract.supplierOrganisationId().equals(caller.organisationId())
            && caller.roles().contains(uk.svkit.api.platform.security.Roles.SUPPLIER));
  }

  /** What a KPI's reporting periods follow from: its frequency and its contract's term. */
  private record PeriodsOf(ReportingFrequency frequency, LocalDate start, LocalDate end) {}

  /**
   * The period must be one of the KPI's reporting periods. The periods of a frequency over a term
   * are worked out once per request, for all the KPIs that share them (a bulk request's contracts
   * often share their dates): once per KPI was 8 % of a bulk request's time in bench/events.sh.
   */
  private static void checkPeriod(
      Contract contract,
      Commitment commitment,
      Map<PeriodsOf, java.util.Set<ReportingFrequency.ReportingPeriod>> cache,
      LocalDate start,
      LocalDate end,
      String at,
      List<Problem.FieldError> errors) {
    java.util.Set<ReportingFrequency.ReportingPeriod> known =
        cache.computeIfAbsent(
            new PeriodsOf(
                commitment.reportingFrequency(), contract.startDate(), contract.endDate()),
            of -> new java.util.HashSet<>(of.frequency().periods(of.start(), of.end())));
    if (!known.contains(new ReportingFrequency.ReportingPeriod(start, end))) {
      List<ReportingFrequency.ReportingPeriod> periods =
          commitment.reportingFrequency().periods(contract.startDate(), contract.endDate());
      String hint =
          periods.stream()
              .filter(p -> !p.end().isBefore(start))
              .findFirst()
              .map(p -> "; the nearest is " + p.start() + " to " + p.end())
              .orElse("");
      errors.add(
          new Problem.FieldError(
              at + "periodStart",
              start
                  + " to "
                  + end
                  + " is not one of the commitment's "
                  + commitment.reportingFrequency().name().toLowerCase()
                  + " reporting periods"
                  + hint));
    }
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
