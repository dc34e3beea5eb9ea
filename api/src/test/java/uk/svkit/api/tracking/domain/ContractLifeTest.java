package uk.svkit.api.tracking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.money.Money;

/** Variations, termination and the assessment period rules on the contract aggregate. */
class ContractLifeTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 12, 31); // 365 days
  private static final LocalDate JULY = LocalDate.of(2025, 7, 1); // day 182

  private static Commitment kpi(String target) {
    return new Commitment(
        0,
        "JOBS",
        null,
        new BigDecimal(target),
        TargetPeriod.WHOLE_CONTRACT,
        ReportingFrequency.QUARTERLY,
        null,
        null,
        null,
        Commitment.Adjustments.NONE);
  }

  private static Contract contract(Commitment... kpis) {
    return new Contract(
        "buyer",
        new Contract.Terms(
            "supplier",
            "C-1",
            null,
            "Test",
            new Money(new BigDecimal("6000000"), "GBP"),
            START,
            END,
            Set.of(),
            "edition",
            null,
            null,
            null),
        List.of(kpis));
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), actual.toPlainString());
  }

  @Test
  void anUnvariedKpiKeepsItsTargetExactly() {
    Commitment k = kpi("365");
    Contract c = contract(k);
    assertAmount("365", KpiTargets.target(c, k));
    assertAmount("181", KpiTargets.expectedBy(c, k, JULY.minusDays(1)));
  }

  @Test
  void aRetargetedKpiUsesEachTargetForTheDaysItWasInForce() {
    Commitment k = kpi("365");
    Contract c = contract(k);
    c.retarget(k, JULY, new BigDecimal("730"), TargetPeriod.WHOLE_CONTRACT);
    // 181 days at 365/365 a day, then 184 days at 730/365 a day.
    assertAmount("181", KpiTargets.expectedBy(c, k, JULY.minusDays(1)));
    assertAmount("549", KpiTargets.target(c, k));
    assertAmount("368", KpiTargets.expectedBetween(c, k, JULY, END));
    assertEquals(2, k.definitions().size());
    assertAmount("730", k.targetQuantity());
  }

  @Test
  void terminationStopsExpectationsAndRefusesLaterReturns() {
    Commitment k = kpi("365");
    Contract c = contract(k);
    c.terminate(JULY.minusDays(1), "Supplier insolvent");
    assertTrue(c.terminated());
    assertEquals(JULY.minusDays(1), c.lastDay());
    assertAmount("181", KpiTargets.target(c, k));
    assertTrue(c.refusesReturnFor(k, JULY).isPresent());
    assertFalse(c.refusesReturnFor(k, LocalDate.of(2025, 4, 1)).isPresent());
  }

  @Test
  void aRetiredKpiExpectsNothingAfterRetirement() {
    Commitment k = kpi("365");
    Contract c = contract(k);
    c.retire(k, JULY);
    assertAmount("181", KpiTargets.target(c, k));
    assertTrue(c.refusesReturnFor(k, JULY).isPresent());
    assertTrue(c.activeCommitments().isEmpty());
  }

  @Test
  void anAssessmentCoversAtMostTwelveMonthsWithinTheContract() {
    Contract c = contract(kpi("1"));
    assertTrue(PerformanceAssessment.periodProblem(c, START, END).isEmpty());
    assertTrue(PerformanceAssessment.periodProblem(c, START, END.plusDays(1)).isPresent());
    assertTrue(PerformanceAssessment.periodProblem(c, START.minusDays(1), END).isPresent());
    assertTrue(PerformanceAssessment.periodProblem(c, JULY, START).isPresent());
  }
}
