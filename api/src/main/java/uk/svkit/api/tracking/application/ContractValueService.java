package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.Progress;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * A contract's monetised value on a basis (committed, claimed or validated), each term traced to
 * its commitment and proxy set, valued by the framework's one valuation engine.
 */
@ApplicationScoped
public class ContractValueService {
  @Inject ContractRepository contracts;
  @Inject PeriodTotalsRepository totals;
  @Inject FrameworkService frameworks;

  /** Which quantities a value is computed from. */
  public enum Basis {
    COMMITTED,
    CLAIMED,
    VALIDATED
  }

  /**
   * One term of a contract's value trace: the engine's term plus which commitment and proxy set it
   * came from.
   */
  /** The contract's £ value on a basis, with every term traced to its commitment and proxy set. */
  public ValueTraceView value(String contractId, Basis basis) {
    Contract contract = contracts.find(contractId);
    return value(contract, totals.ofContract(contract), basis);
  }

  /** The (visible) contract's £ value on a basis, from its kept totals read by the caller. */
  ValueTraceView value(Contract contract, List<PeriodTotals> kept, Basis basis) {
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    Map<String, List<PeriodTotals>> byCommitment =
        kept.stream().collect(Collectors.groupingBy(PeriodTotals::commitmentId));
    List<TracedTermView> terms = new ArrayList<>();
    // In the contract's currency: proxy sets in another are refused when the contract is made.
    Money total = Money.zero(contract.currency());
    for (Commitment commitment : contract.commitments()) {
      List<PeriodTotals> totals = byCommitment.getOrDefault(commitment.id(), List.of());
      BigDecimal quantity =
          switch (basis) {
            case COMMITTED -> Progress.target(contract, commitment);
            case CLAIMED ->
                totals.stream().map(PeriodTotals::claimed).reduce(BigDecimal.ZERO, BigDecimal::add);
            case VALIDATED ->
                totals.stream()
                    .map(PeriodTotals::validated)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
          };
      String proxySetId = contract.proxySetFor(commitment);
      if (proxySetId == null) {
        Measure m = measures.get(commitment.measureCode());
        terms.add(
            new TracedTermView(
                commitment.id(),
                null,
                null,
                null,
                new ValuationEngine.Term(
                    commitment.measureCode(),
                    m == null ? null : m.title(),
                    m == null ? null : m.unitLabel(),
                    quantity,
                    null,
                    null,
                    null,
                    null,
                    "no proxy set on the contract or commitment")));
        continue;
      }
      ProxySet proxies = frameworks.proxySetNamedBy(proxySetId);
      ValuationEngine.Result result =
          ValuationEngine.value(
              proxies, measures, List.of(CommitmentValues.item(commitment, quantity)));
      total = total.plus(result.value());
      terms.add(
          new TracedTermView(
              commitment.id(),
              proxies.id(),
              proxies.name(),
              proxies.source(),
              result.terms().get(0)));
    }
    return new ValueTraceView(basis, total, terms);
  }
}
