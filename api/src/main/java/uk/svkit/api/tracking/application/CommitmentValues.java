package uk.svkit.api.tracking.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.tracking.domain.Commitment;

/** Valuing a commitment's quantities with the framework's one engine, shared by the services. */
final class CommitmentValues {
  private CommitmentValues() {}

  /** quantity x unit value in pounds and pence; zero when the KPI cannot be valued. */
  static BigDecimal money(BigDecimal quantity, BigDecimal unitValue) {
    return unitValue == null
        ? BigDecimal.ZERO.setScale(2)
        : quantity.multiply(unitValue).setScale(2, RoundingMode.HALF_UP);
  }

  static ValuationEngine.Item item(Commitment commitment, BigDecimal quantity) {
    Commitment.Adjustments a = commitment.adjustments();
    return new ValuationEngine.Item(
        commitment.measureCode(),
        quantity,
        a.deadweight(),
        a.attribution(),
        a.displacement(),
        a.dropOff());
  }
}
