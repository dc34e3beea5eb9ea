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
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.KpiTargets;
import uk.svkit.api.tracking.domain.Progress;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * The buyer dashboard: committed, claimed and validated value by theme, place and quarter, and the
 * buyer's top and at-risk contracts, from per-KPI sums of the kept totals.
 */
@ApplicationScoped
public class DashboardService {
  @Inject ContractRepository contracts;
  @Inject PeriodTotalsRepository totals;
  @Inject FrameworkService frameworks;
  @Inject ProgressService progress;
  @Inject PendingQuarterValues pendingQuarterValues;
  @Inject Clock clock;

  public record Row(
      String key,
      String label,
      BigDecimal committedValue,
      BigDecimal claimedValue,
      BigDecimal validatedValue) {}

  public record ContractFigure(
      String contractId, String title, BigDecimal validatedValue, Rating rating) {}

  public record Dashboard(
      String buyerOrganisationId,
      String currency,
      BigDecimal committedValue,
      BigDecimal claimedValue,
      BigDecimal validatedValue,
      List<Row> byTheme,
      List<Row> byPlace,
      List<Row> byPeriod,
      List<ContractFigure> topContracts,
      List<ContractFigure> atRiskContracts) {}

  /**
   * The caller's buyer dashboard: committed, claimed and validated £ by theme, place and quarter.
   * Reads the totals kept with every return write: one row per KPI (claimed and validated quantity
   * over all periods) and the buyer's pounds per quarter, so its cost follows the buyer's KPIs and
   * quarters, not the number of returns. £ figures are quantities times each KPI's unit value,
   * rounded per KPI (per KPI and quarter for the quarters).
   */
  public Dashboard buyerDashboard() {
    String buyer = Tenancy.caller().organisationId();
    if (buyer == null) {
      throw ProblemException.forbidden("A dashboard belongs to a buyer organisation; act as one.");
    }
    List<Contract> all = contracts.ofBuyer(buyer);
    Map<String, PeriodTotalsRepository.Sums> sums =
        totals.sumsByCommitmentOfBuyer(buyer).stream()
            .collect(
                Collectors.toMap(
                    PeriodTotalsRepository.Sums::commitmentId,
                    java.util.function.Function.identity()));
    UnitValues unitValues = new UnitValues(frameworks);
    Map<String, Acc> themes = new TreeMap<>();
    Map<String, Acc> places = new TreeMap<>();
    Map<String, Acc> periods = new TreeMap<>();
    Map<String, BigDecimal> unitValueByCommitment = new HashMap<>();
    Acc overall = new Acc();
    List<ContractFigure> figures = new ArrayList<>();
    LocalDate today = Timestamps.today(clock);
    for (Contract contract : all) {
      Map<String, String> themeOf = unitValues.themes(contract.editionId());
      BigDecimal contractValidated = BigDecimal.ZERO;
      Rating worst = Rating.OTHER;
      for (Commitment commitment : contract.commitments()) {
        BigDecimal unit = unitValues.of(contract, commitment);
        unitValueByCommitment.put(commitment.id(), unit);
        PeriodTotalsRepository.Sums own = sums.get(commitment.id());
        BigDecimal target = Progress.target(contract, commitment);
        BigDecimal claimedQuantity = own == null ? BigDecimal.ZERO : own.claimed();
        BigDecimal validatedQuantity = own == null ? BigDecimal.ZERO : own.validated();
        BigDecimal committed = CommitmentValues.money(target, unit);
        BigDecimal claimed = CommitmentValues.money(claimedQuantity, unit);
        BigDecimal validated = CommitmentValues.money(validatedQuantity, unit);
        contractValidated = contractValidated.add(validated);
        overall.add(committed, claimed, validated);
        themes
            .computeIfAbsent(
                themeOf.getOrDefault(commitment.measureCode(), "(no theme)"), k -> new Acc())
            .add(committed, claimed, validated);
        places
            .computeIfAbsent(
                commitment.placeCode() != null ? commitment.placeCode() : "(not given)",
                k -> new Acc())
            .add(committed, claimed, validated);
        // The targets in force for each day, as the contract's progress and its assessments use;
        // pro-rating the whole-life target blended a re-targeted KPI's old and new targets.
        BigDecimal expected = KpiTargets.expectedBy(contract, commitment, today);
        Rating rating =
            unitValues.quantifiable(contract, commitment) && expected.signum() > 0
                ? progress
                    .policy()
                    .rate(validatedQuantity.divide(expected, 4, RoundingMode.HALF_UP))
                : Rating.OTHER;
        if (rating != Rating.OTHER && (worst == Rating.OTHER || rating.compareTo(worst) > 0)) {
          worst = rating;
        }
      }
      figures.add(new ContractFigure(contract.id(), contract.title(), contractValidated, worst));
    }
    if (totals.quarterValuesPending(buyer)) {
      pendingQuarterValues.compute(
          buyer,
          (commitmentId, quantity) ->
              CommitmentValues.money(quantity, unitValueByCommitment.get(commitmentId)));
    }
    for (PeriodTotalsRepository.QuarterValue quarter : totals.quarterValuesOfBuyer(buyer)) {
      periods
          .computeIfAbsent(quarter.quarter(), k -> new Acc())
          .add(BigDecimal.ZERO.setScale(2), quarter.claimed(), quarter.validated());
    }
    List<ContractFigure> top =
        figures.stream()
            .sorted(Comparator.comparing(ContractFigure::validatedValue).reversed())
            .limit(10)
            .toList();
    List<ContractFigure> atRisk =
        figures.stream()
            .filter(
                f -> f.rating() == Rating.INADEQUATE || f.rating() == Rating.REQUIRES_IMPROVEMENT)
            .sorted(
                Comparator.comparing(ContractFigure::rating)
                    .reversed()
                    .thenComparing(ContractFigure::title))
            .limit(10)
            .toList();
    String currency = all.isEmpty() ? "GBP" : all.get(0).currency();
    return new Dashboard(
        buyer,
        currency,
        overall.committed,
        overall.claimed,
        overall.validated,
        rows(themes),
        rows(places),
        rows(periods),
        top,
        atRisk);
  }

  private static List<Row> rows(Map<String, Acc> groups) {
    return groups.entrySet().stream()
        .map(
            e ->
                new Row(
                    e.getKey(),
                    e.getKey(),
                    e.getValue().committed,
                    e.getValue().claimed,
                    e.getValue().validated))
        .toList();
  }

  /** Sums of committed, claimed and validated £ for one dashboard row. */
  private static final class Acc {
    BigDecimal committed = BigDecimal.ZERO.setScale(2);
    BigDecimal claimed = BigDecimal.ZERO.setScale(2);
    BigDecimal validated = BigDecimal.ZERO.setScale(2);

    void add(BigDecimal committed, BigDecimal claimed, BigDecimal validated) {
      this.committed = this.committed.add(committed);
      this.claimed = this.claimed.add(claimed);
      this.validated = this.validated.add(validated);
    }
  }
}
