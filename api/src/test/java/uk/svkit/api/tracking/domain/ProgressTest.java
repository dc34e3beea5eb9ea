package uk.svkit.api.tracking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.money.Money;

class ProgressTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2027, 12, 31);

  private static Commitment commitment(
      String target, TargetPeriod period, ReportingFrequency frequency) {
    return new Commitment(
        0,
        "JOBS",
        null,
        new BigDecimal(target),
        period,
        frequency,
        null,
        null,
        null,
        Commitment.Adjustments.NONE);
  }

  private static Contract contract(Commitment... commitments) {
    return new Contract(
        "buyer",
        new Contract.Terms(
            "supplier",
            "C-1",
            null,
            "Test",
            new Money(new BigDecimal("1000000"), "GBP"),
            START,
            END,
            Set.of(),
            "edition",
            null,
            null,
            null),
        List.of(commitments));
  }

  private static PeriodTotals totals(
      Commitment k, LocalDate start, String claimed, String validated) {
    return new PeriodTotals(k.id(), start, new BigDecimal(claimed), new BigDecimal(validated), 1);
  }

  @Test
  void perYearAndPerQuarterTargetsScaleWithTheContractLength() {
    Contract two = contract();
    assertEquals(
        0,
        new BigDecimal("10")
            .compareTo(
                Progress.target(
                    two,
                    commitment("10", TargetPeriod.WHOLE_CONTRACT, ReportingFrequency.QUARTERLY))));
    assertEquals(
        0,
        new BigDecimal("20")
            .compareTo(
                Progress.target(
                    two, commitment("10", TargetPeriod.PER_YEAR, ReportingFrequency.QUARTERLY))));
    assertEquals(
        0,
        new BigDecimal("80")
            .compareTo(
                Progress.target(
                    two,
                    commitment("10", TargetPeriod.PER_QUARTER, ReportingFrequency.QUARTERLY))));
  }

  @Test
  void expectedDeliveryIsProRatedToTheElapsedShareOfTheContract() {
    Commitment k = commitment("730", TargetPeriod.WHOLE_CONTRACT, ReportingFrequency.QUARTERLY);
    Contract c = contract(k);
    // 2026-12-31 is day 365 of 730.
    var p =
        Progress.of(
            c,
            k,
            List.of(totals(k, START, "400", "365")),
            LocalDate.of(2026, 12, 31),
            30,
            RatingPolicy.DEFAULT,
            true);
    assertEquals(0, new BigDecimal("365").compareTo(p.expectedToDate()));
    assertEquals(0, new BigDecimal("400").compareTo(p.claimed()));
    assertEquals(new BigDecimal("1.0000"), p.deliveredShare());
    assertEquals(Rating.GOOD, p.rating());
    assertEquals(0, BigDecimal.ZERO.compareTo(Progress.elapsedShare(c, START.minusDays(1))));
    assertEquals(0, BigDecimal.ONE.compareTo(Progress.elapsedShare(c, END.plusYears(1))));
  }

  @Test
  void ratingsFollowTheThresholdsAtEachBoundary() {
    RatingPolicy policy = RatingPolicy.DEFAULT;
    assertEquals(Rating.GOOD, policy.rate(new BigDecimal("1.00")));
    assertEquals(Rating.APPROACHING_TARGET, policy.rate(new BigDecimal("0.9999")));
    assertEquals(Rating.APPROACHING_TARGET, policy.rate(new BigDecimal("0.85")));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, policy.rate(new BigDecimal("0.8499")));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, policy.rate(new BigDecimal("0.60")));
    assertEquals(Rating.INADEQUATE, policy.rate(new BigDecimal("0.5999")));
    assertEquals(Rating.OTHER, policy.rate(null));
    RatingPolicy strict =
        new RatingPolicy(new BigDecimal("1.1"), new BigDecimal("0.95"), new BigDecimal("0.8"));
    assertEquals(Rating.APPROACHING_TARGET, strict.rate(new BigDecimal("1.05")));
  }

  @Test
  void nothingExpectedYetRatesOther() {
    Commitment k = commitment("10", TargetPeriod.WHOLE_CONTRACT, ReportingFrequency.QUARTERLY);
    var p =
        Progress.of(contract(k), k, List.of(), START.minusDays(10), 30, RatingPolicy.DEFAULT, true);
    assertNull(p.deliveredShare());
    assertEquals(Rating.OTHER, p.rating());
  }

  @Test
  void aPeriodIsOverdueOnlyAfterItsGracePeriodAndOnlyWithoutALiveReturn() {
    Commitment k = commitment("10", TargetPeriod.WHOLE_CONTRACT, ReportingFrequency.QUARTERLY);
    Contract c = contract(k);
    LocalDate q1End = LocalDate.of(2026, 3, 31);
    assertEquals(
        List.of(),
        Progress.overdue(c, k, List.of(), q1End.plusDays(30), 30),
        "due by the 30th day after the quarter");
    var overdue = Progress.overdue(c, k, List.of(), q1End.plusDays(31), 30);
    assertEquals(List.of(new Progress.Overdue(START, q1End, q1End.plusDays(30))), overdue);
    assertEquals(
        List.of(),
        Progress.overdue(c, k, List.of(totals(k, START, "1", "0")), q1End.plusDays(31), 30));
    var rejectedOnly = new PeriodTotals(k.id(), START, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    assertEquals(1, Progress.overdue(c, k, List.of(rejectedOnly), q1End.plusDays(31), 30).size());
  }

  @Test
  void reportingPeriodsRunFromTheStartAndTheLastEndsWithTheContract() {
    var periods =
        ReportingFrequency.QUARTERLY.periods(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 9, 30));
    assertEquals(
        List.of(
            new ReportingFrequency.ReportingPeriod(
                LocalDate.of(2026, 2, 15), LocalDate.of(2026, 5, 14)),
            new ReportingFrequency.ReportingPeriod(
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 8, 14)),
            new ReportingFrequency.ReportingPeriod(
                LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 30))),
        periods);
  }

  @Test
  void aContractIsRatedByItsWorstRatedKpi() {
    Commitment a = commitment("10", TargetPeriod.WHOLE_CONTRACT, ReportingFrequency.QUARTERLY);
    var good =
        new Progress.OfCommitment(
            a,
            BigDecimal.TEN,
            BigDecimal.TEN,
            BigDecimal.TEN,
            BigDecimal.TEN,
            BigDecimal.ONE,
            Rating.GOOD,
            List.of());
    var bad =
        new Progress.OfCommitment(
            a,
            BigDecimal.TEN,
            BigDecimal.TEN,
            BigDecimal.ONE,
            BigDecimal.ONE,
            new BigDecimal("0.1"),
            Rating.INADEQUATE,
            List.of());
    var other =
        new Progress.OfCommitment(
            a,
            BigDecimal.TEN,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            null,
            Rating.OTHER,
            List.of());
    assertEquals(Rating.INADEQUATE, Progress.overall(List.of(good, bad, other)));
    assertEquals(Rating.GOOD, Progress.overall(List.of(good, other)));
    assertEquals(Rating.OTHER, Progress.overall(List.of(other)));
  }
}
