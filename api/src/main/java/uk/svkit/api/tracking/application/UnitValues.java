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
    Measure measure =
        measures
            .computeIfAbsent(contract.editionId(), frameworks::measuresOf)
            .get(commitment.measureCode());
    return measure != null && measure.unitType() != UnitType.TEXT;
  }

  /**
   * The unit value, or null when the KPI cannot be valued (no proxy set, record-only, no value in
   * the set).
   */
  BigDecimal of(Contract contract, Commitment commitment) {
    String setId = contract.proxySetFor(commitment);
    return units
        .computeIfAbsent(
            new Key(
                contract.editionId(), setId, commitment.measureCode(), commitment.adjustments()),
            k -> Optional.ofNullable(valued(contract, commitment, setId)))
        .orElse(null);
  }

  private BigDecimal valued(Contract contract, Commitment commitment, String setId) {
    Map<String, Measure> editionMeasures =
        measures.computeIfAbsent(contract.editionId(), frameworks::measuresOf);
    if (setId == null || !editionMeasures.containsKey(commitment.measureCode())) {
      return null;
    }
    ProxySet set = sets.computeIfAbsent(setId, frameworks::proxySetNamedBy);
    ValuationEngine.Term term =
        ValuationEngine.value(
                set, editionMeasures, List.of(CommitmentValues.item(commitment, BigDecimal.ONE)))
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
