package uk.svkit.api.tracking.application;

import java.math.BigDecimal;
import java.util.List;
import uk.svkit.api.platform.money.Money;

/** A contract's value on one basis, with the term of each KPI that makes it up. */
public record ValueTraceView(
    ContractValueService.Basis basis, Money value, List<TracedTermView> terms) {
  /** The total's amount (published beside {@link #currency()}). */
  public BigDecimal total() {
    return value.amount();
  }

  public String currency() {
    return value.currency();
  }
}
