package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Progress of a commitment at a date: its whole-contract target, the part of it expected by then
 * (pro-rated to the elapsed share of the contract), what has been claimed and validated, the
 * rating, and the reporting periods whose return is overdue. A pure function of its inputs.
 */
public final class Progress {
  private Progress() {}

  public record Overdue(LocalDate periodStart, LocalDate periodEnd, LocalDate dueBy) {}

  public record OfCommitment(
      Commitment commitment,
      BigDecimal target,
      BigDecimal expectedToDate,
      BigDecimal claimed,
      BigDecimal validated,
      BigDecimal deliveredShare,
      Rating rating,
      List<Overdue> overdue) {}

  /** The share of the contract's days elapsed by {@code asOf} (inclusive), between 0 and 1. */
  public static BigDecimal elapsedShare(Contract contract, LocalDate asOf) {
    long elapsed = ChronoUnit.DAYS.between(contract.startDate(), asOf) + 1;
    if (elapsed <= 0) {
      return BigDecimal.ZERO;
    }
    if (elapsed >= contract.days()) {
      return BigDecimal.ONE;
    }
    return BigDecimal.valueOf(elapsed)
        .divide(BigDecimal.valueOf(contract.days()), 6, RoundingMode.HALF_UP);
  }

  /**
   * The whole-contract target: a per-year or per-quarter target times the contract's years or
   * quarters, each definition of a varied KPI for the days it was in force ({@link KpiTargets}).
   */
  public static BigDecimal target(Contract contract, Commitment commitment) {
    return KpiTargets.target(contract, commitment);
  }

  public static OfCommitment of(
      Contract contract,
      Commitment commitment,
      List<PeriodTotals> totals,
      LocalDate asOf,
      int graceDays,
      RatingPolicy policy,
      boolean quantifiable) {
    BigDecimal target = target(contract, commitment);
    BigDecimal expected = KpiTargets.expectedBy(contract, commitment, asOf);
    BigDecimal claimed = BigDecimal.ZERO;
    BigDecimal validated = BigDecimal.ZERO;
    for (PeriodTotals t : totals) {
      claimed = claimed.add(t.claimed());
      validated = validated.add(t.validated());
    }
    BigDecimal share =
        !quantifiable || expected.signum() == 0
            ? null
            : validated.divide(expected, 4, RoundingMode.HALF_UP);
    Rating rating = policy.rate(share);
    return new OfCommitment(
        commitment,
        target,
        expected,
        claimed,
        validated,
        share,
        rating,
        overdue(contract, commitment, totals, asOf, graceDays));
  }

  /**
   * Reporting periods that ended more than {@code graceDays} before {@code asOf} with no live
   * return.
   */
  static List<Overdue> overdue(
      Contract contract,
      Commitment commitment,
      List<PeriodTotals> totals,
      LocalDate asOf,
      int graceDays) {
    Map<LocalDate, Integer> live =
        totals.stream()
            .collect(
                Collectors.toMap(
                    PeriodTotals::periodStart, PeriodTotals::liveReturns, Integer::sum));
    List<Overdue> overdue = new ArrayList<>();
    for (ReportingFrequency.ReportingPeriod period :
        commitment.reportingFrequency().periods(contract.startDate(), contract.endDate())) {
      if (period.end().isBefore(commitment.effectiveFrom(contract))
          || period.start().isAfter(commitment.lastDay(contract))) {
        continue; // not in force then: added later, retired or terminated before
      }
      LocalDate dueBy = period.end().plusDays(graceDays);
      if (asOf.isAfter(dueBy) && live.getOrDefault(period.start(), 0) == 0) {
        overdue.add(new Overdue(period.start(), period.end(), dueBy));
      }
    }
    return overdue;
  }

  /** A contract's rating: its worst KPI rating, ignoring OTHER (OTHER only if every KPI is). */
  public static Rating overall(List<OfCommitment> commitments) {
    return commitments.stream()
        .map(OfCommitment::rating)
        .filter(r -> r != Rating.OTHER)
        .max(Enum::compareTo)
        .orElse(Rating.OTHER);
  }
}
