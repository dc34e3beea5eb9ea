package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows.ContractRow;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows.KpiRow;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.Figures;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.GroupKey;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.KeptContract;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * The buyer dashboard: committed, claimed and validated value by theme, place and quarter, and the
 * buyer's top and at-risk contracts, from the figures kept per contract and buyer.
 */
@ApplicationScoped
public class DashboardService {
  /** Contracts listed as top and as at risk. */
  static final int LISTED = 10;

  @Inject KeptDashboardFigures kept;
  @Inject DashboardFigureRows figures;
  @Inject ContractKpiRows kpiRows;
  @Inject PeriodTotalsRepository totals;
  @Inject FrameworkService frameworks;
  @Inject PendingQuarterValues pendingQuarterValues;
  @Inject Clock clock;

  /**
   * The caller's buyer dashboard: committed, claimed and validated £ by theme, place and quarter.
   * Reads the figures kept per buyer (a row per theme, place and currency), the ten top and at-risk
   * contracts through indexes, and the pounds per quarter kept with every return write, once the
   * contracts changed since the last read are recomputed ({@link KeptDashboardFigures}): its cost
   * follows what changed, not the number of the buyer's contracts or returns. £ figures are
   * quantities times each KPI's unit value, rounded per KPI (per KPI and quarter for the quarters).
   * Ratings are today's, from each contract's kept rating dates. The figures add up money in one
   * currency: a buyer whose contracts are in more than one is refused rather than shown a sum of
   * pounds and euros.
   */
  public DashboardView buyerDashboard() {
    String buyer = Tenancy.caller().organisationId();
    if (buyer == null) {
      throw ProblemException.forbidden("A dashboard belongs to a buyer organisation; act as one.");
    }
    kept.bringUpToDate(List.of(buyer));
    Map<GroupKey, Figures> groups = figures.groups(buyer);
    String currency = currencyOf(groups);
    Map<String, Acc> themes = new TreeMap<>();
    Map<String, Acc> places = new TreeMap<>();
    Map<String, Acc> periods = new TreeMap<>();
    Acc overall = new Acc(currency);
    for (var group : groups.entrySet()) {
      GroupKey key = group.getKey();
      if (key.dimension().equals(DashboardFigureRows.THEME)) {
        themes.computeIfAbsent(key.key(), k -> new Acc(currency)).add(group.getValue());
        overall.add(group.getValue()); // every KPI is in exactly one theme
      } else if (key.dimension().equals(DashboardFigureRows.PLACE)) {
        places.computeIfAbsent(key.key(), k -> new Acc(currency)).add(group.getValue());
      }
    }
    if (totals.quarterValuesPending(buyer)) {
      computePendingQuarterValues(buyer, currency);
    }
    for (PeriodTotalsRepository.QuarterValue quarter : totals.quarterValuesOfBuyer(buyer)) {
      periods
          .computeIfAbsent(quarter.quarter(), k -> new Acc(currency))
          .add(
              Money.zero(currency),
              new Money(quarter.claimed(), currency),
              new Money(quarter.validated(), currency));
    }
    LocalDate today = Timestamps.today(clock);
    List<ContractFigureView> top =
        figures.topByValidatedValue(buyer, LISTED).stream().map(k -> view(k, today)).toList();
    List<ContractFigureView> atRisk = new ArrayList<>();
    figures.inadequateOn(buyer, today, LISTED).forEach(k -> atRisk.add(view(k, today)));
    if (atRisk.size() < LISTED) {
      figures
          .requiringImprovementOn(buyer, today, LISTED - atRisk.size())
          .forEach(k -> atRisk.add(view(k, today)));
    }
    return new DashboardView(
        buyer,
        overall.committed,
        overall.claimed,
        overall.validated,
        rows(themes),
        rows(places),
        rows(periods),
        top,
        List.copyOf(atRisk));
  }

  private static ContractFigureView view(KeptContract contract, LocalDate today) {
    return new ContractFigureView(
        contract.contractId(),
        contract.title(),
        new Money(contract.validatedValue(), contract.currency()),
        contract.ratingDates().on(today));
  }

  /**
   * The buyer's pounds per quarter, computed once for a buyer whose returns predate them being kept
   * (V22): the one read of every KPI left, for its unit value.
   */
  private void computePendingQuarterValues(String buyer, String currency) {
    UnitValues unitValues = new UnitValues(frameworks);
    Map<String, BigDecimal> unitValueByCommitment = new HashMap<>();
    for (ContractRow contract : kpiRows.ofBuyer(buyer)) {
      for (KpiRow kpi : contract.kpis()) {
        unitValueByCommitment.put(kpi.id(), unitValues.of(contract, kpi));
      }
    }
    pendingQuarterValues.compute(
        buyer,
        (commitmentId, quantity) ->
            CommitmentValues.money(quantity, unitValueByCommitment.get(commitmentId), currency)
                .amount());
  }

  /** The one currency of a buyer's contracts; GBP when there are none. */
  private static String currencyOf(Map<GroupKey, Figures> groups) {
    Set<String> currencies = new TreeSet<>();
    groups.keySet().stream()
        .filter(k -> k.dimension().equals(DashboardFigureRows.CURRENCY))
        .forEach(k -> currencies.add(k.currency()));
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

    void add(Figures figures) {
      String currency = committed.currency();
      add(
          new Money(figures.committedValue(), currency),
          new Money(figures.claimedValue(), currency),
          new Money(figures.validatedValue(), currency));
    }

    void add(Money committed, Money claimed, Money validated) {
      this.committed = this.committed.plus(committed);
      this.claimed = this.claimed.plus(claimed);
      this.validated = this.validated.plus(validated);
    }
  }
}
