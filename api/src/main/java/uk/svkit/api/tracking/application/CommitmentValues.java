package uk.svkit.api.tracking.application;

import java.math.BigDecimal;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Commitment;

/** Valuing a commitment's quantities with the framework's one engine, shared by the services. */
final class CommitmentValues {
  private CommitmentValues() {}

  /**
   * quantity x unit value, rounded to pence, in the currency of the proxy set the unit value comes
   * from (the contract's); zero when the KPI cannot be valued.
   */
  static Money money(BigDecimal quantity, BigDecimal unitValue, String currency) {
    return unitValue == null
        ? Money.zero(currency)
        : Money.of(quantity.multiply(unitValue), currency);
  }

  static ValuationEngine.Item item(Commitment commitment, BigDecimal quantity) {
    return item(commitment.measureCode(), commitment.adjustments(), quantity);
  }

  static ValuationEngine.Item item(
      String measureCode, Commitment.Adjustments a, BigDecimal quantity) {
    return new ValuationEngine.Item(
        measureCode, quantity, a.deadweight(), a.attribution(), a.displacement(), a.dropOff());
  }
}
