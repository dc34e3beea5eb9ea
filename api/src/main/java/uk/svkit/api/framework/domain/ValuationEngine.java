package uk.svkit.api.framework.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.money.Money;

/**
 * The one valuation engine. For each item: value = quantity x value per unit x multiplier x (1 -
 * deadweight) x (1 - attribution) x (1 - displacement) x (1 - drop-off), with adjustments given as
 * percentages. Each term is rounded to pence (half up) and the total is the sum of the rounded
 * terms, so the trace always adds up to the total a report shows. Record-only measures and measures
 * the set has no value for are listed with a reason and no value, never silently dropped.
 */
public final class ValuationEngine {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValuationEngine() {}

  /** One quantity to value, with optional adjustments in percent (0-100). */
  public record Item(
      String measureCode,
      BigDecimal quantity,
      BigDecimal deadweight,
      BigDecimal attribution,
      BigDecimal displacement,
      BigDecimal dropOff) {}

  /**
   * How one item was valued. {@code value} is null when it could not be monetised ({@code note}
   * says why).
   */
  public record Term(
      String measureCode,
      String measureTitle,
      String unitLabel,
      BigDecimal quantity,
      BigDecimal valuePerUnit,
      BigDecimal multiplier,
      BigDecimal adjustmentFactor,
      BigDecimal value,
      String note) {}

  /** The terms and their total, in the proxy set's currency. */
  public record Result(List<Term> terms, Money value) {
    /** The total's amount (published beside {@link #currency()}). */
    public BigDecimal total() {
      return value.amount();
    }

    public String currency() {
      return value.currency();
    }
  }

  public static Result value(
      ProxySet proxies, Map<String, Measure> measuresByCode, List<Item> items) {
    List<Term> terms = new ArrayList<>();
    Money total = Money.zero(proxies.currency());
    for (Item item : items) {
      Measure measure = measuresByCode.get(item.measureCode());
      if (measure == null) {
        throw new IllegalArgumentException(
            "Measure " + item.measureCode() + " is not in the proxy set's framework edition.");
      }
      if (!measure.isMonetised()) {
        terms.add(
            new Term(
                measure.code(),
                measure.title(),
                measure.unitLabel(),
                item.quantity(),
                null,
                null,
                null,
                null,
                "record-only measure: not monetised"));
        continue;
      }
      ProxyValue proxy = proxies.valueFor(measure.code()).orElse(null);
      if (proxy == null) {
        terms.add(
            new Term(
                measure.code(),
                measure.title(),
                measure.unitLabel(),
                item.quantity(),
                null,
                null,
                null,
                null,
                "no proxy value in this set"));
        continue;
      }
      BigDecimal multiplier = proxy.multiplier() == null ? BigDecimal.ONE : proxy.multiplier();
      BigDecimal factor =
          remaining(item.deadweight())
              .multiply(remaining(item.attribution()))
              .multiply(remaining(item.displacement()))
              .multiply(remaining(item.dropOff()));
      Money value =
          Money.of(
              item.quantity().multiply(proxy.valuePerUnit()).multiply(multiplier).multiply(factor),
              proxies.currency());
      total = total.plus(value);
      terms.add(
          new Term(
              measure.code(),
              measure.title(),
              measure.unitLabel(),
              item.quantity(),
              proxy.valuePerUnit(),
              proxy.multiplier(),
              factor.compareTo(BigDecimal.ONE) == 0 ? null : factor,
              value.amount(),
              null));
    }
    return new Result(terms, total);
  }

  private static BigDecimal remaining(BigDecimal percent) {
    if (percent == null) {
      return BigDecimal.ONE;
    }
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("Adjustments are percentages between 0 and 100.");
    }
    return BigDecimal.ONE.subtract(percent.divide(HUNDRED));
  }
}
