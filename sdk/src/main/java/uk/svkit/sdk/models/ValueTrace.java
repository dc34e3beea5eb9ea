package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money value of a contract's delivered social value, on a {@link ValueBasis}, with one
 * {@linkplain #getTerms() term} per KPI so the figure can be audited. {@link #getTotal()} is the
 * sum of the terms' values.
 */
public final class ValueTrace {

  private BigDecimal total;
  private String currency;
  private List<ValueTraceTerm> terms;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ValueTrace() {}

  /**
   * Returns the total value.
   *
   * @return the total, in {@link #getCurrency()}
   */
  public BigDecimal getTotal() {
    return total;
  }

  /**
   * Returns the currency of the values.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the terms, one per KPI.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<ValueTraceTerm> getTerms() {
    return ModelLists.copy(terms);
  }

  @Override
  public String toString() {
    return "ValueTrace{total=" + total + ", currency=" + currency + ", terms=" + terms + '}';
  }
}
