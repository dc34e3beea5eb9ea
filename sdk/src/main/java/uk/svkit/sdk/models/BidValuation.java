package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money value of a bid's commitments, valued with the tender's proxy set: one {@link
 * ValuationTerm} per commitment (as in a {@link Valuation}) and their total.
 */
public final class BidValuation {

  private List<ValuationTerm> terms;
  private BigDecimal total;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BidValuation() {}

  /**
   * Returns the per-commitment trace.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<ValuationTerm> getTerms() {
    return ModelLists.copy(terms);
  }

  /**
   * Returns the total value: the sum of the terms' values.
   *
   * @return the total, in the tender's currency
   */
  public BigDecimal getTotal() {
    return total;
  }

  @Override
  public String toString() {
    return "BidValuation{terms=" + (terms == null ? 0 : terms.size()) + ", total=" + total + '}';
  }
}
