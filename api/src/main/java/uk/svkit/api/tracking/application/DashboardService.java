package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.tracking.domain.KpiTargets;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows.ContractRow;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows.KpiRow;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * The buyer dashboard: committed, claimed and validated value by theme, place and quarter, and the
 * buyer's top and at-risk contracts, from per-KPI sums of the kept totals.
 */
@ApplicationScoped
public class DashboardService {
  @Inject ContractKpiRows kpiRows;
  @Inject PeriodTotalsRepository totals;
  @Inject FrameworkService frameworks;
  @Inject ProgressService progress;
  @Inject PendingQuarterValues pendingQuarterValues;
  @Inject Clock clock;

  /**
   * The caller's buyer dashboard: committed, claimed and validated £ by theme, place and quarter.
   * Reads the totals kept with every return write: one row per KPI (claimed and validated quantity
   * over all periods) and the buyer's pounds per quarter, so its cost follows the buyer's KPIs and
   * quarters, not the number of returns; the contracts and KPIs are read as flat rows, not
   * entities. £ figures are quantities times each KPI's unit value, rounded per KPI (per KPI and
   * quarter for the quarters). The figures add up money in one currency: a buyer whose contracts
   * are in more than one is refused rather than shown a sum of pounds and euros.
   */
  public DashboardView buyerDashboard() {
    String buyer = Tenancy.caller().organisationId();
    if (buyer == null) {
      throw ProblemException.forbidden("A dashboard belongs to a buyer organisation; act as one.");
    }
    List<ContractRow> all = kpiRows.ofBuyers(List.of(buyer));
    String currency = currencyOf(all);
    UnitValues unitValues = new UnitValues(frameworks);
    Map<String, Acc> themes = new TreeMap<>();
    Map<String, Acc> places = new TreeMap<>();
    Map<String, Acc> periods = new TreeMap<>();
    Map<String, BigDecimal> unitValueByCommitment = new HashMap<>();
    Acc overall = new Acc(currency);
    List<ContractFigureView> figures = new ArrayList<>();
    LocalDate today = Timestamps.today(clock);
    for (ContractRow contract : all) {
      Map<String, String> themeOf = unitValues.themes(contract.editionId());
      Money contractValidated = Money.zero(currency);
      Rating worst = Rating.OTHER;
      for (KpiRow kpi : contract.kpis()) {
        BigDecimal unit = unitValues.of(contract, kpi);
        unitValueByCommitment.put(kpi.id(), unit);
        BigDecimal target = KpiTargets.target(kpi.terms());
        Money committed = CommitmentValues.money(target, unit, contract.currency());
        Money claimed = CommitmentValues.money(kpi.claimed(), unit, contract.currency());
        Money validated = CommitmentValues.money(kpi.validated(), unit, contract.currency());
        contractValidated = contractValidated.plus(validated);
        overall.add(committed, claimed, validated);
        themes
            .computeIfAbsent(
                themeOf.getOrDefault(kpi.measureCode(), "(no theme)"), k -> new Acc(currency))
            .add(committed, claimed, validated);
        places
            .computeIfAbsent(
                kpi.placeCode() != null ? kpi.placeCode() : "(not given)", k -> new Acc(currency))
            .add(committed, claimed, validated);
        // The targets in force for each day, as the contract's progress and its assessments use;
        // pro-rating the whole-life target blended a re-targeted KPI's old and new targets.
        BigDecimal expected = KpiTargets.expectedBy(kpi.terms(), today);
        Rating rating =
            unitValues.quantifiable(contract.editionId(), kpi.measureCode())
                    && expected.signum() > 0
                ? progress.policy().rate(kpi.validated().divide(expected, 4, RoundingMode.HALF_UP))
                : Rating.OTHER;
        if (rating != Rating.OTHER && (worst == Rating.OTHER || rating.compareTo(worst) > 0)) {
          worst = rating;
        }
      }
      figures.add(
          new ContractFigureView(contract.id(), contract.title(), contractValidated, worst));
    }
    if (totals.quarterValuesPending(buyer)) {
      pendingQuarterValues.compute(
          buyer,
          (commitmentId, quantity) ->
              CommitmentValues.money(quantity, unitValueByCommitment.get(commitmentId), currency)
                  .amount());
    }
    for (PeriodTotalsRepository.QuarterValue quarter : totals.quarterValuesOfBuyer(buyer)) {
      periods
          .computeIfAbsent(quarter.quarter(), k -> new Acc(currency))
          .add(
              Money.zero(currency),
              new Money(quarter.claimed(), currency),
              new Money(quarter.validated(), currency));
    }
    List<ContractFigureView> top =
        figures.stream()
            .sorted(Comparator.comparing(ContractFigureView::validatedValue).reversed())
            .limit(10)
            .toList();
    List<ContractFigureView> atRisk =
        figures.stream()
            .filter(
                f -> f.rating() == Rating.INADEQUATE || f.rating() == Rating.REQUIRES_IMPROVEMENT)
            .sorted(
                Comparator.comparing(ContractFigureView::rating)
                    .reversed()
                    .thenComparing(ContractFigureView::title))
            .limit(10)
            .toList();
    return new DashboardView(
        buyer,
        overall.committed,
        overall.claimed,
        overall.validated,
        rows(themes),
        rows(places),
        rows(periods),
        top,
        atRisk);
  }

  /** The one currency of a buyer's contracts; GBP when there are none. */
  private static String currencyOf(List<ContractRow> all) {
    Set<String> currencies =
        all.stream().map(ContractRow::currency).collect(Collectors.toCollection(TreeSet::new));
    if (currencies.size() > 1) {
      throw ProblemException.businessRule(
          "A dashboard adds up money in one currency; your contracts are in "
              + String.join(", ", currencies)
              + ".");
    }
    return currencies.isEmpty() ? "GBP" : currencies.iterator().next();
  }

  private static List<DashboardRowView> rows(Map<String, Acc> groups) {
    return groups.entrySet().stream()
        .map(
            e ->
                new DashboardRowView(
                    e.getKey(),
                    e.getKey(),
                    e.getValue().committed,
                    e.getValue().claimed,
                    e.getValue().validated))
        .toList();
  }

  /** Sums of committed, claimed and validated money for one dashboard row. */
  private static final class Acc {
    Money committed;
    Money claimed;
    Money validated;

    Acc(String currency) {
      committed = Money.zero(currency);
      claimed = Money.zero(currency);
      validated = Money.zero(currency);
    }

    void add(Money committed, Money claimed, Money validated) {
      this.committed = this.committed.plus(committed);
      this.claimed = this.claimed.plus(claimed);
      this.validated = this.validated.plus(validated);
    }
  }
}
