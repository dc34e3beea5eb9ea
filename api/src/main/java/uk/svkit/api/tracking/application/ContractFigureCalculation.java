package uk.svkit.api.tracking.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import uk.svkit.api.tracking.domain.KpiTargets;
import uk.svkit.api.tracking.domain.RatingDates;
import uk.svkit.api.tracking.domain.RatingPolicy;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows.ContractRow;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows.KpiRow;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.ContractFigures;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.Figures;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.GroupKey;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.KeptContract;

/**
 * One contract's share of its buyer's dashboard and benchmark, from its flat rows: what is kept for
 * it. £ figures are quantities times each KPI's unit value, rounded per KPI, so that sums of kept
 * figures equal the sums of what each KPI shows; targets are the definitions in force over time, as
 * the contract's progress and its assessments use.
 */
final class ContractFigureCalculation {
  static final String NO_THEME = "(no theme)";
  static final String NO_PLACE = "(not given)";

  private ContractFigureCalculation() {}

  static ContractFigures of(ContractRow contract, UnitValues unitValues, RatingPolicy policy) {
    String currency = contract.currency();
    Map<String, String> themeOf = unitValues.themes(contract.editionId());
    Map<GroupKey, Figures> parts = new TreeMap<>();
    Figures whole =
        new Figures(
            1,
            0,
            0,
            0,
            BigDecimal.ZERO,
            contract.value().amount(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO);
    RatingDates worst = RatingDates.NEVER;
    for (KpiRow kpi : contract.kpis()) {
      BigDecimal unit = unitValues.of(contract, kpi);
      BigDecimal target = KpiTargets.target(kpi.terms());
      boolean shared = target.signum() > 0;
      Figures figures =
          new Figures(
              0,
              1,
              kpi.vcfsePartnerId() == null ? 0 : 1,
              shared ? 1 : 0,
              shared
                  ? kpi.validated().divide(target, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE)
                  : BigDecimal.ZERO,
              BigDecimal.ZERO,
              CommitmentValues.money(target, unit, currency).amount(),
              CommitmentValues.money(kpi.claimed(), unit, currency).amount(),
              CommitmentValues.money(kpi.validated(), unit, currency).amount());
      whole = whole.plus(figures);
      parts.merge(
          new GroupKey(
              DashboardFigureRows.THEME,
              themeOf.getOrDefault(kpi.measureCode(), NO_THEME),
              currency),
          figures,
          Figures::plus);
      parts.merge(
          new GroupKey(
              DashboardFigureRows.PLACE,
              kpi.placeCode() != null ? kpi.placeCode() : NO_PLACE,
              currency),
          figures,
          Figures::plus);
      if (unitValues.quantifiable(contract.editionId(), kpi.measureCode())) {
        worst = worst.worst(RatingDates.of(kpi.terms(), kpi.validated(), policy));
      }
    }
    parts.put(new GroupKey(DashboardFigureRows.CURRENCY, currency, currency), whole);
    return new ContractFigures(
        new KeptContract(contract.id(), contract.title(), currency, whole.validatedValue(), worst),
        parts);
  }
}
