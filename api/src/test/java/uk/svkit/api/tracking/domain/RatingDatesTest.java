package uk.svkit.api.tracking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Kept rating dates must give, on every day, the rating computed that day from the targets in
 * force: for KPIs agreed at award, re-targeted, retired and cut short by termination, with any
 * validated quantity, under the default and other thresholds, and for a contract's worst KPI.
 */
class RatingDatesTest {
  private static final LocalDate START = LocalDate.of(2025, 4, 1);

  @Test
  void aKpiAgreedAtAwardIsRatedEachDayAsItsProgressWouldBe() {
    KpiTerms terms = terms(START.plusYears(2).minusDays(1), null, null, null, "400", List.of());
    // 400 over two years: 200 by the end of year one. 150 validated is 75 % then.
    RatingDates dates = RatingDates.of(terms, new BigDecimal("150"), RatingPolicy.DEFAULT);
    assertEquals(START, dates.ratedFrom());
    assertEquals(Rating.GOOD, dates.on(START.plusDays(100)));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, dates.on(START.plusYears(1).minusDays(1)));
    assertEquals(Rating.OTHER, dates.on(START.minusDays(1)));
    assertEveryDayAgrees(terms, new BigDecimal("150"), RatingPolicy.DEFAULT);
  }

  @Test
  void randomKpisAgreeOnEveryDayUnderTwoPolicies() {
    Random random = new Random(20261205);
    RatingPolicy strict =
        new RatingPolicy(new BigDecimal("1.10"), new BigDecimal("0.95"), new BigDecimal("0.00"));
    for (int i = 0; i < 150; i++) {
      KpiTerms terms = randomTerms(random);
      BigDecimal validated = BigDecimal.valueOf(random.nextInt(600));
      assertEveryDayAgrees(terms, validated, RatingPolicy.DEFAULT);
      assertEveryDayAgrees(terms, validated, strict);
    }
  }

  @Test
  void aContractIsRatedByItsWorstRatedKpiOnEveryDay() {
    Random random = new Random(7);
    for (int i = 0; i < 60; i++) {
      List<KpiTerms> kpis = List.of(randomTerms(random), randomTerms(random), randomTerms(random));
      List<BigDecimal> validated = new ArrayList<>();
      RatingDates worst = RatingDates.NEVER;
      for (KpiTerms kpi : kpis) {
        BigDecimal v = BigDecimal.valueOf(random.nextInt(500));
        validated.add(v);
        worst = worst.worst(RatingDates.of(kpi, v, RatingPolicy.DEFAULT));
      }
      for (LocalDate day = START.minusDays(3);
          day.isBefore(START.plusYears(3));
          day = day.plusDays(1)) {
        Rating expected = Rating.OTHER;
        for (int k = 0; k < kpis.size(); k++) {
          Rating rating = rateOn(kpis.get(k), validated.get(k), RatingPolicy.DEFAULT, day);
          if (rating != Rating.OTHER
              && (expected == Rating.OTHER || rating.compareTo(expected) > 0)) {
            expected = rating;
          }
        }
        assertEquals(expected, worst.on(day), "contract " + i + " on " + day);
      }
    }
  }

  /** The rating as the dashboard computed it each day before ratings were kept as dates. */
  private static Rating rateOn(
      KpiTerms terms, BigDecimal validated, RatingPolicy policy, LocalDate day) {
    BigDecimal expected = KpiTargets.expectedBy(terms, day);
    return expected.signum() > 0
        ? policy.rate(validated.divide(expected, 4, RoundingMode.HALF_UP))
        : Rating.OTHER;
  }

  private static void assertEveryDayAgrees(
      KpiTerms terms, BigDecimal validated, RatingPolicy policy) {
    RatingDates dates = RatingDates.of(terms, validated, policy);
    for (LocalDate day = START.minusDays(3);
        day.isBefore(START.plusYears(3));
        day = day.plusDays(1)) {
      assertEquals(
          rateOn(terms, validated, policy, day),
          dates.on(day),
          () -> terms + " with " + validated + " validated");
    }
  }

  private static KpiTerms randomTerms(Random random) {
    LocalDate end = START.plusDays(30 + random.nextInt(900));
    LocalDate terminated =
        random.nextInt(4) == 0
            ? START.plusDays(random.nextInt((int) (end.toEpochDay() - START.toEpochDay())))
            : null;
    LocalDate effective = random.nextInt(3) == 0 ? START.plusDays(random.nextInt(200)) : null;
    LocalDate retired = random.nextInt(5) == 0 ? START.plusDays(random.nextInt(700)) : null;
    List<TargetDefinition> history = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      LocalDate first = effective != null ? effective : START;
      history.add(
          new TargetDefinition(
              first, BigDecimal.valueOf(random.nextInt(500)), TargetPeriod.WHOLE_CONTRACT));
      history.add(
          new TargetDefinition(
              first.plusDays(1 + random.nextInt(400)),
              BigDecimal.valueOf(random.nextInt(300)),
              random.nextBoolean() ? TargetPeriod.PER_YEAR : TargetPeriod.PER_QUARTER));
    }
    return terms(end, terminated, effective, retired, String.valueOf(random.nextInt(500)), history);
  }

  private static KpiTerms terms(
      LocalDate end,
      LocalDate terminated,
      LocalDate effective,
      LocalDate retired,
      String target,
      List<TargetDefinition> history) {
    return KpiTerms.of(
        START,
        end,
        terminated,
        effective,
        retired,
        !history.isEmpty(),
        new BigDecimal(target),
        TargetPeriod.WHOLE_CONTRACT,
        history);
  }
}
