package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.geography.domain.PlaceCode;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractModification;
import uk.svkit.api.tracking.domain.ContractModification.Change;
import uk.svkit.api.tracking.domain.ContractModification.ChangeType;
import uk.svkit.api.tracking.domain.ContractModificationRepository;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.TargetPeriod;
import uk.svkit.api.tracking.infrastructure.PerformanceNotices;

/**
 * Changes to a contract after award: variations (value, end date, KPIs added, retired or
 * re-targeted), termination, and which KPIs are the most material. Each variation and the
 * termination is a numbered {@link ContractModification}, written with the contract in one
 * transaction (both audited) and announced as an event.
 */
@ApplicationScoped
public class ContractChangeService {
  /** A Contract Details Notice publishes at most this many KPIs as the most material. */
  public static final int MAX_MATERIAL_KPIS = 3;

  @Inject ContractRepository contracts;
  @Inject ContractModificationRepository modifications;
  @Inject FrameworkService frameworks;
  @Inject EventRecorder events;
  @Inject ContractService contractService;
  @Inject PerformanceNotices notices;
  @Inject OrganisationService organisations;

  /** A new target for an existing KPI. */
  public record Retarget(String commitmentId, BigDecimal targetQuantity, TargetPeriod period) {}

  /** What a variation changes; null or empty parts are left as they are. */
  public record Variation(
      String reason,
      LocalDate effectiveOn,
      BigDecimal value,
      LocalDate endDate,
      List<ContractService.NewCommitment> addCommitments,
      List<String> retireCommitmentIds,
      List<Retarget> retargetCommitments) {}

  @Transactional
  public ContractModificationView vary(String contractId, long expectedVersion, Variation v) {
    Contract contract = managedContract(contractId);
    requireRunning(contract);
    Versions.requireCurrent(expectedVersion, contract.version());
    List<Problem.FieldError> errors = new ArrayList<>();
    LocalDate on = v.effectiveOn();
    if (on.isBefore(contract.startDate()) || on.isAfter(contract.endDate())) {
      errors.add(
          new Problem.FieldError(
              "effectiveOn",
              "must lie within the contract, "
                  + contract.startDate()
                  + " to "
                  + contract.endDate()));
    }
    if (v.endDate() != null && v.endDate().isBefore(on)) {
      errors.add(new Problem.FieldError("endDate", "must not be before effectiveOn"));
    }
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    List<ContractService.NewCommitment> added = nonNull(v.addCommitments());
    for (int i = 0; i < added.size(); i++) {
      ContractService.NewCommitment k = added.get(i);
      String at = "addCommitments[" + i + "]";
      if (!measures.containsKey(k.measureCode())) {
        errors.add(
            new Problem.FieldError(
                at + ".measureCode",
                "'" + k.measureCode() + "' is not a measure of the contract's framework edition"));
      }
      if (k.placeCode() != null && !PlaceCode.isValid(k.placeCode())) {
        errors.add(
            new Problem.FieldError(
                at + ".placeCode", "must be an ONS area code such as E08000015"));
      }
      if (k.proxySetId() != null || k.vcfsePartnerOrganisationId() != null) {
        errors.add(
            new Problem.FieldError(
                at, "a KPI added by a variation uses the contract's proxy set and no partner"));
      }
    }
    Set<String> touched = new HashSet<>();
    List<String> retired = nonNull(v.retireCommitmentIds());
    for (int i = 0; i < retired.size(); i++) {
      checkActive(contract, retired.get(i), "retireCommitmentIds[" + i + "]", touched, errors);
    }
    List<Retarget> retargets = nonNull(v.retargetCommitments());
    for (int i = 0; i < retargets.size(); i++) {
      String at = "retargetCommitments[" + i + "].commitmentId";
      Commitment k = checkActive(contract, retargets.get(i).commitmentId(), at, touched, errors);
      if (k != null
          && !on.isAfter(k.definitions().get(k.definitions().size() - 1).effectiveFrom())) {
        errors.add(
            new Problem.FieldError(
                at, "the KPI's target is already defined from that date or later"));
      }
    }
    Money newValue =
        v.value() == null ? contract.value() : new Money(v.value(), contract.currency());
    int kpisAfter = contract.activeCommitments().size() + added.size() - retired.size();
    if (Contract.needsKpis(newValue) && kpisAfter < Contract.MIN_KPIS) {
      errors.add(
          new Problem.FieldError(
              "retireCommitmentIds",
              "a contract worth more than £5m keeps at least "
                  + Contract.MIN_KPIS
                  + " KPIs (Procurement Act 2023, s.52); it would have "
                  + kpisAfter));
    }
    boolean changesSomething =
        v.value() != null
            || v.endDate() != null
            || !added.isEmpty()
            || !retired.isEmpty()
            || !retargets.isEmpty();
    if (!changesSomething) {
      errors.add(new Problem.FieldError("reason", "the variation changes nothing"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The contract cannot be varied so.",
          errors,
          Map.of());
    }

    List<Change> changes = new ArrayList<>();
    if (v.value() != null && !newValue.equals(contract.value())) {
      changes.add(
          new Change(
              ChangeType.VALUE,
              null,
              contract.value().amount().toPlainString(),
              v.value().toPlainString()));
      contract.changeValue(newValue);
    }
    if (v.endDate() != null && !v.endDate().equals(contract.endDate())) {
      changes.add(
          new Change(
              ChangeType.END_DATE, null, contract.endDate().toString(), v.endDate().toString()));
      contract.changeEndDate(v.endDate());
    }
    for (String id : retired) {
      contract.retire(contract.commitment(id).orElseThrow(), on);
      changes.add(new Change(ChangeType.KPI_RETIRED, id, null, on.toString()));
    }
    for (Retarget r : retargets) {
      Commitment k = contract.commitment(r.commitmentId()).orElseThrow();
      TargetPeriod period = r.period() == null ? k.period() : r.period();
      String from = describe(k.targetQuantity(), k.period());
      contract.retarget(k, on, r.targetQuantity(), period);
      changes.add(
          new Change(
              ChangeType.KPI_RETARGETED, k.id(), from, describe(r.targetQuantity(), period)));
    }
    int position = contract.commitments().size();
    for (ContractService.NewCommitment k : added) {
      Commitment created =
          contract.addCommitment(
              new Commitment(
                  position++,
                  k.measureCode(),
                  k.title(),
                  k.targetQuantity(),
                  k.period(),
                  k.reportingFrequency(),
                  k.placeCode(),
                  null,
                  null,
                  k.adjustments()),
              on);
      changes.add(
          new Change(
              ChangeType.KPI_ADDED,
              created.id(),
              null,
              k.measureCode() + " " + describe(k.targetQuantity(), k.period())));
    }
    contracts.store(contract);
    return record(contract, ContractModification.Kind.VARIATION, v.reason(), on, changes);
  }

  @Transactional
  public ContractModificationView terminate(
      String contractId, long expectedVersion, LocalDate on, String reason) {
    Contract contract = managedContract(contractId);
    requireRunning(contract);
    Versions.requireCurrent(expectedVersion, contract.version());
    if (on.isBefore(contract.startDate()) || on.isAfter(contract.endDate())) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The contract cannot be terminated then.",
          List.of(
              new Problem.FieldError(
                  "terminatedOn",
                  "must lie within the contract, "
                      + contract.startDate()
                      + " to "
                      + contract.endDate())),
          Map.of());
    }
    contract.terminate(on, reason);
    contracts.store(contract);
    return record(
        contract,
        ContractModification.Kind.TERMINATION,
        reason,
        on,
        List.of(new Change(ChangeType.TERMINATED, null, null, on.toString())));
  }

  /** Marks up to three KPIs in force as the most material (replacing the earlier choice). */
  @Transactional
  public ContractView markMostMaterial(String contractId, long expectedVersion, List<String> ids) {
    Contract contract = managedContract(contractId);
    Set<String> chosen = new LinkedHashSet<>(ids);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (chosen.size() > MAX_MATERIAL_KPIS || chosen.size() < ids.size()) {
      errors.add(
          new Problem.FieldError(
              "commitmentIds",
              "name at most " + MAX_MATERIAL_KPIS + " different KPIs (Procurement Act 2023 s.52)"));
    }
    int i = 0;
    for (String id : chosen) {
      Commitment k = contract.commitment(id).orElse(null);
      if (k == null || k.retired()) {
        errors.add(
            new Problem.FieldError(
                "commitmentIds[" + i + "]", "is not a KPI in force of contract " + contractId));
      }
      i++;
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "These KPIs cannot be the most material.",
          errors,
          Map.of());
    }
    contracts.update(contract, expectedVersion, () -> contract.markMostMaterial(chosen));
    return contractService.get(contract.id());
  }

  /**
   * A contract with the KPIs its Contract Details Notice publishes, their measures, the notice's
   * ocid and the parties it names (either {@code null} if svkit no longer knows it).
   */
  /** The most material KPIs in force, in the contract's order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public KpiNoticeView kpiNotice(String contractId) {
    Contract contract = contracts.find(contractId);
    return new KpiNoticeView(
        contract,
        material(contract),
        frameworks.measuresOf(contract.editionId()),
        notices.ocid(contract),
        organisations.reference(contract.ownerOrganisationId()).orElse(null),
        organisations.reference(contract.supplierOrganisationId()).orElse(null));
  }

  /** The Contract Details Notice's KPIs as an OCDS release (JSON). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String kpiNoticeOcds(String contractId) {
    Contract contract = contracts.find(contractId);
    return notices.contractDetailsKpis(contract, material(contract));
  }

  private static List<Commitment> material(Contract contract) {
    return contract.activeCommitments().stream().filter(Commitment::mostMaterial).toList();
  }

  /** The contract's modifications after number {@code after}, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContractModification> history(String contractId, int after, int fetch) {
    Contract contract = contracts.find(contractId);
    return modifications.ofContract(contract.id(), after, fetch);
  }

  private ContractModificationView record(
      Contract contract,
      ContractModification.Kind kind,
      String reason,
      LocalDate on,
      List<Change> changes) {
    Caller caller = Tenancy.caller();
    ContractModification m =
        modifications.add(
            new ContractModification(
                contract,
                modifications.count(contract.id()) + 1,
                kind,
                reason,
                on,
                caller.subject(),
                changes));
    boolean termination = kind == ContractModification.Kind.TERMINATION;
    events.record(
        termination ? EventTypes.CONTRACT_TERMINATED : EventTypes.CONTRACT_VARIED,
        "contracts/" + contract.id(),
        EventRecorder.data(
            "contractId", contract.id(),
            "modificationId", m.id(),
            "sequenceNumber", m.sequenceNumber(),
            "effectiveOn", on,
            "reason", reason,
            "changes", changes.stream().map(c -> c.type().name()).toList()),
        contract.ownerOrganisationId(),
        contract.supplierOrganisationId());
    return new ContractModificationView(m, contract);
  }

  /** The contract, if the caller manages it (buyer or contract manager of the buyer): else 403. */
  Contract managedContract(String contractId) {
    Contract contract = contracts.find(contractId);
    if (!ContractService.managesContract(Tenancy.caller(), contract)) {
      throw ProblemException.forbidden("Only the contract's buyer changes the contract.");
    }
    return contract;
  }

  private static void requireRunning(Contract contract) {
    if (contract.terminated()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "The contract was terminated on " + contract.terminatedOn() + "; it cannot change.");
    }
  }

  private static Commitment checkActive(
      Contract contract,
      String id,
      String at,
      Set<String> touched,
      List<Problem.FieldError> errors) {
    Commitment k = contract.commitment(id).orElse(null);
    if (k == null || k.retired()) {
      errors.add(new Problem.FieldError(at, "is not a KPI in force of this contract"));
      return null;
    }
    if (!touched.add(id)) {
      errors.add(new Problem.FieldError(at, "names a KPI changed twice by this variation"));
    }
    return k;
  }

  private static String describe(BigDecimal quantity, TargetPeriod period) {
    return quantity.stripTrailingZeros().toPlainString() + " " + period.name();
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
