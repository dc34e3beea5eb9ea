package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partnership's £ value with its proxy set, from the same valuation engine contracts use: the
 * commitments' targets valued, and what the VCFSE confirmed valued, with the trace that adds up to
 * it.
 *
 * @since 0.2.0
 */
public final class PartnershipValue {

  private String proxySetId;
  private String currency;
  private BigDecimal committedValue;
  private BigDecimal deliveredValue;
  private List<ValuationTerm> trace;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PartnershipValue() {}

  /**
   * Returns the proxy set that valued it.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the ISO 4217 currency.
   *
   * @return the value, or {@code null} if absent
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the commitments' targets, valued.
   *
   * @return the amount
   */
  public BigDecimal getCommittedValue() {
    return committedValue;
  }

  /**
   * Returns the confirmed delivery, valued.
   *
   * @return the amount
   */
  public BigDecimal getDeliveredValue() {
    return deliveredValue;
  }

  /**
   * Returns the trace of the delivered value, one term per commitment.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<ValuationTerm> getTrace() {
    return ModelLists.copy(trace);
  }

  @Override
  public String toString() {
    return "PartnershipValue{"
        + "currency="
        + currency
        + ", "
        + "committedValue="
        + committedValue
        + ", "
        + "deliveredValue="
        + deliveredValue
        + '}';
  }
}
