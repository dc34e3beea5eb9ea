package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A KPI's target under the definitions in force over time. Each definition counts for the days it
 * was in force (from its effective date to the next definition, the KPI's retirement or the
 * contract's termination), pro-rated over the contract's days: a KPI re-targeted half-way has half
 * of each target; one agreed at award and never varied has exactly its target, as before.
 */
public final class KpiTargets {
  private KpiTargets() {}

  /** The target of one definition had it been in force for the whole contract. */
  static BigDecimal whole(KpiTerms terms, TargetDefinition d) {
    return switch (d.period()) {
      case WHOLE_CONTRACT -> d.targetQuantity();
      case PER_YEAR ->
          d.targetQuantity()
              .multiply(BigDecimal.valueOf(terms.months()))
              .divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
      case PER_QUARTER ->
          d.targetQuantity()
              .multiply(BigDecimal.valueOf(terms.months()))
              .divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
    };
  }

  /** The whole-life target of the KPI. */
  public static BigDecimal target(Contract contract, Commitment commitment) {
    return target(KpiTerms.of(contract, commitment));
  }

  /** The whole-life target of the KPI. */
  public static BigDecimal target(KpiTerms terms) {
    List<TargetDefinition> defs = terms.definitions();
    if (defs.size() == 1
        && !terms.firstDay().isAfter(terms.contractStart())
        && !terms.lastDay().isBefore(terms.contractEnd())) {
      return whole(terms, defs.get(0));
    }
    return expectedBy(terms, terms.contractEnd());
  }

  /** What the KPI expects delivered by {@code asOf} (inclusive). */
  public static BigDecimal expectedBy(Contract contract, Commitment commitment, LocalDate asOf) {
    return expectedBy(KpiTerms.of(contract, commitment), asOf);
  }

  /** What the KPI expects delivered by {@code asOf} (inclusive). */
  public static BigDecimal expectedBy(KpiTerms terms, LocalDate asOf) {
    return expectedBetween(terms, terms.contractStart(), asOf);
  }

  /** What the KPI expects delivered from {@code from} to {@code to}, both inclusive. */
  public static BigDecimal expectedBetween(
      Contract contract, Commitment commitment, LocalDate from, LocalDate to) {
    return expectedBetween(KpiTerms.of(contract, commitment), from, to);
  }

  /** What the KPI expects delivered from {@code from} to {@code to}, both inclusive. */
  public static BigDecimal expectedBetween(KpiTerms terms, LocalDate from, LocalDate to) {
    List<TargetDefinition> defs = terms.definitions();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal days = BigDecimal.valueOf(terms.days());
    for (int i = 0; i < defs.size(); i++) {
      TargetDefinition d = defs.get(i);
      LocalDate start = max(d.effectiveFrom(), terms.contractStart());
      LocalDate end =
          i + 1 < defs.size() ? defs.get(i + 1).effectiveFrom().minusDays(1) : terms.lastDay();
      long overlap = overlap(max(start, from), min(end, to));
      if (overlap > 0) {
        sum = sum.add(whole(terms, d).multiply(BigDecimal.valueOf(overlap)));
      }
    }
    return sum.divide(days, 4, RoundingMode.HALF_UP);
  }

  private static long overlap(LocalDate start, LocalDate end) {
    return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
