package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a KPI's targets are computed from ({@link KpiTargets}): its contract's start and end, the
 * days the KPI applies and its target definitions. Built from the entities, or from a KPI's stored
 * columns where a read of thousands of KPIs (dashboards, benchmarks) should not load them as
 * entities; both go through the same rules of {@link Contract} and {@link Commitment}.
 */
public record KpiTerms(
    LocalDate contractStart,
    LocalDate contractEnd,
    LocalDate firstDay,
    LocalDate lastDay,
    List<TargetDefinition> definitions) {

  public static KpiTerms of(Contract contract, Commitment commitment) {
    return new KpiTerms(
        contract.startDate(),
        contract.endDate(),
        commitment.effectiveFrom(contract),
        commitment.lastDay(contract),
        commitment.definitions(contract));
  }

  /**
   * From the stored columns of a contract (start, end, termination date) and of one of its KPIs
   * (effective_from, retired_on, varied, target and period) with the KPI's kept target history,
   * oldest first (read only when varied).
   */
  public static KpiTerms of(
      LocalDate contractStart,
      LocalDate contractEnd,
      LocalDate terminatedOn,
      LocalDate effectiveFrom,
      LocalDate retiredOn,
      boolean varied,
      BigDecimal targetQuantity,
      TargetPeriod period,
      List<TargetDefinition> history) {
    LocalDate firstDay = Commitment.effectiveFrom(effectiveFrom, contractStart);
    return new KpiTerms(
        contractStart,
        contractEnd,
        firstDay,
        Commitment.lastDay(Contract.lastDay(contractEnd, terminatedOn), retiredOn),
        Commitment.definitions(varied, firstDay, targetQuantity, period, history));
  }

  /** The contract's length in whole months ({@link Contract#months()}). */
  long months() {
    return Contract.months(contractStart, contractEnd);
  }

  /** The contract's length in days ({@link Contract#days()}). */
  long days() {
    return Contract.days(contractStart, contractEnd);
  }
}
