package uk.svkit.api.tracking.application;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;

/** Values quantities of a contract's commitments, reading each proxy set once. */
final class ContractValuer {
  private final Function<String, ProxySet> proxySets;
  private final Contract contract;
  private final Map<String, Measure> measures;
  private final Map<String, ProxySet> sets = new HashMap<>();

  /** A valuer reading proxy sets by id through {@code proxySets}, each once. */
  ContractValuer(
      Function<String, ProxySet> proxySets, Contract contract, Map<String, Measure> measures) {
    this.proxySets = proxySets;
    this.contract = contract;
    this.measures = measures;
  }

  /**
   * The value, in the proxy set's currency (the contract's), or null when the commitment cannot be
   * valued (no proxy set, record-only measure, no value).
   */
  Money value(Commitment commitment, BigDecimal quantity) {
    String setId = contract.proxySetFor(commitment);
    if (setId == null || !measures.containsKey(commitment.measureCode())) {
      return null;
    }
    ProxySet set = sets.computeIfAbsent(setId, proxySets);
    ValuationEngine.Term term =
        ValuationEngine.value(set, measures, List.of(CommitmentValues.item(commitment, quantity)))
            .terms()
            .get(0);
    return term.value() == null ? null : new Money(term.value(), set.currency());
  }
}
