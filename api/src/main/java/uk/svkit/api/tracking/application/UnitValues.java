package uk.svkit.api.tracking.application;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows;

/**
 * Each KPI's value of one unit (value per unit x multiplier x adjustment factor), with the
 * editions' measures, themes and proxy sets each read once per request.
 */
final class UnitValues {
  private final FrameworkService frameworks;

  private final Map<String, Map<String, Measure>> measures = new HashMap<>();
  private final Map<String, Map<String, String>> themes = new HashMap<>();
  private final Map<String, ProxySet> sets = new HashMap<>();

  /** What a unit value depends on: KPIs that share it (most of a buyer's) are valued once. */
  private record Key(
      String editionId, String setId, String measureCode, Commitment.Adjustments adjustments) {}

  private final Map<Key, Optional<BigDecimal>> units = new HashMap<>();

  UnitValues(FrameworkService frameworks) {
    this.frameworks = frameworks;
  }

  Map<String, String> themes(String editionId) {
    return themes.computeIfAbsent(editionId, frameworks::themesOf);
  }

  boolean quantifiable(Contract contract, Commitment commitment) {
    return quantifiable(contract.editionId(), commitment.measureCode());
  }

  boolean quantifiable(String editionId, String measureCode) {
    Measure measure = measures.computeIfAbsent(editionId, frameworks::measuresOf).get(measureCode);
    return measure != null && measure.unitType() != UnitType.TEXT;
  }

  /**
   * The unit value, or null when the KPI cannot be valued (no proxy set, record-only, no value in
   * the set).
   */
  BigDecimal of(Contract contract, Commitment commitment) {
    return of(
        contract.editionId(),
        contract.proxySetFor(commitment),
        commitment.measureCode(),
        commitment.adjustments());
  }

  /** {@link #of(Contract, Commitment)} of a KPI read as a flat row. */
  BigDecimal of(ContractKpiRows.ContractRow contract, ContractKpiRows.KpiRow kpi) {
    return of(
        contract.editionId(),
        Contract.proxySetFor(kpi.proxySetId(), contract.proxySetId()),
        kpi.measureCode(),
        kpi.adjustments());
  }

  /**
   * The unit value of a KPI on this measure with these adjustments, valued with proxy set {@code
   * setId} (the KPI's own or its contract's), or null as {@link #of(Contract, Commitment)}.
   */
  BigDecimal of(
      String editionId, String setId, String measureCode, Commitment.Adjustments adjustments) {
    return units
        .computeIfAbsent(
            new Key(editionId, setId, measureCode, adjustments),
            k -> Optional.ofNullable(valued(k)))
        .orElse(null);
  }

  private BigDecimal valued(Key key) {
    Map<String, Measure> editionMeasures =
        measures.computeIfAbsent(key.editionId(), frameworks::measuresOf);
    if (key.setId() == null || !editionMeasures.containsKey(key.measureCode())) {
      return null;
    }
    ProxySet set = sets.computeIfAbsent(key.setId(), frameworks::proxySetNamedBy);
    ValuationEngine.Term term =
        ValuationEngine.value(
                set,
                editionMeasures,
                List.of(
                    CommitmentValues.item(key.measureCode(), key.adjustments(), BigDecimal.ONE)))
            .terms()
            .get(0);
    if (term.valuePerUnit() == null) {
      return null;
    }
    BigDecimal unit = term.valuePerUnit();
    if (term.multiplier() != null) {
      unit = unit.multiply(term.multiplier());
    }
    if (term.adjustmentFactor() != null) {
      unit = unit.multiply(term.adjustmentFactor());
    }
    return unit;
  }
}
