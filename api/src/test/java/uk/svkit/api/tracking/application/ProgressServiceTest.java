package uk.svkit.api.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ProxyValue;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.RatingPolicy;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.TargetPeriod;

/**
 * Progress, ratings and value of a contract from its kept totals, as the progress endpoint reports
 * them: a two-year contract with a valued jobs KPI (40 FTE, £1,000 each) and a narrative-only KPI.
 */
class ProgressServiceTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  private final ProxySet values =
      new ProxySet(
          "buyer-org",
          "edition",
          "Test values",
          "GBP",
          2026,
          "test",
          null,
          List.of(new ProxyValue("JOBS", new BigDecimal("1000"), null)));
  private final Map<String, Measure> measures =
      Map.of(
          "JOBS", new Measure("edition", "JOBS", "Local jobs", UnitType.FTE, "FTE", true),
          "STORY", new Measure("edition", "STORY", "Case study", UnitType.TEXT, "text", false));
  private final Commitment jobs = commitment("JOBS", "40");
  private final Commitment story = commitment("STORY", "1");
  private final Contract contract =
      new Contract(
          "buyer-org",
          new Contract.Terms(
              "supplier-org",
              "C-1",
              null,
              "Grounds maintenance",
              new Money(new BigDecimal("500000"), "GBP"),
              START,
              LocalDate.of(2027, 12, 31),
              Set.of(),
              "edition",
              values.id(),
              null,
              null),
          List.of(jobs, story));

  /** Q1: 10 claimed, 8 validated; Q2: 5 claimed and validated; nothing since. */
  private final List<PeriodTotals> totals =
      List.of(
          new PeriodTotals(jobs.id(), START, new BigDecimal("10"), new BigDecimal("8"), 1),
          new PeriodTotals(
              jobs.id(), LocalDate.of(2026, 4, 1), new BigDecimal("5"), new BigDecimal("5"), 1));

  private static Commitment commitment(String measure, String target) {
    return new Commitment(
        0,
        measure,
        null,
        new BigDecimal(target),
        TargetPeriod.WHOLE_CONTRACT,
        ReportingFrequency.QUARTERLY,
        null,
        null,
        null,
        Commitment.Adjustments.NONE);
  }

  private ContractProgressView progressOn(LocalDate asOf) {
    return ProgressService.progress(
        contract,
        totals,
        asOf,
        measures,
        new ContractValuer(id -> id.equals(values.id()) ? values : null, contract, measures),
        30,
        RatingPolicy.DEFAULT);
  }

  private static CommitmentProgressView kpi(ContractProgressView view, Commitment commitment) {
    return view.commitments().stream()
        .filter(v -> v.progress().commitment() == commitment)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void claimedAndValidatedQuantitiesAreValuedWithTheContractsProxySet() {
    ContractProgressView view = progressOn(LocalDate.of(2026, 9, 30));
    CommitmentProgressView jobsView = kpi(view, jobs);
    assertEquals(0, new BigDecimal("15").compareTo(jobsView.progress().claimed()));
    assertEquals(0, new BigDecimal("13").compareTo(jobsView.progress().validated()));
    assertEquals(Money.of(new BigDecimal("15000.00"), "GBP"), jobsView.claimedValue());
    assertEquals(Money.of(new BigDecimal("13000.00"), "GBP"), jobsView.validatedValue());
    assertEquals(Money.of(new BigDecimal("15000.00"), "GBP"), view.claimedValue());
    assertEquals(Money.of(new BigDecimal("13000.00"), "GBP"), view.validatedValue());
    // A narrative KPI has no value and no rating; it does not pull the contract's rating.
    assertNull(kpi(view, story).validatedValue());
    assertEquals(Rating.OTHER, kpi(view, story).progress().rating());
  }

  @Test
  void theSameDeliveryRatesLowerAsTheContractRunsOn() {
    // 30 September: 273 of 730 days, 14.96 FTE expected, 13 validated (87%).
    ContractProgressView autumn = progressOn(LocalDate.of(2026, 9, 30));
    assertEquals(Rating.APPROACHING_TARGET, kpi(autumn, jobs).progress().rating());
    assertEquals(Rating.APPROACHING_TARGET, autumn.rating());
    // 31 December: half the contract, 20 expected, 13 validated (65%).
    ContractProgressView yearEnd = progressOn(LocalDate.of(2026, 12, 31));
    assertEquals(new BigDecimal("0.5000"), yearEnd.elapsedShare());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, kpi(yearEnd, jobs).progress().rating());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, yearEnd.rating());
  }

  @Test
  void aQuarterWithoutAReturnIsOverdueOnlyAfterItsGraceDays() {
    // Q3 ends on 30 September; with 30 days' grace it is overdue from 31 October.
    assertEquals(0, kpi(progressOn(LocalDate.of(2026, 10, 30)), jobs).progress().overdue().size());
    assertEquals(1, kpi(progressOn(LocalDate.of(2026, 10, 31)), jobs).progress().overdue().size());
  }
}
