package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Quantities of measures valued in money with a proxy set, recorded with a per-term trace so the
 * figure can be audited later. Amounts are exact decimals: {@link #getTotal()} is the sum of the
 * terms' values, each rounded to pence half-up by the service.
 */
public final class Valuation {

  private String id;
  private String proxySetId;
  private String proxySetName;
  private String frameworkCode;
  private String edition;
  private int priceYear;
  private String proxySource;
  private boolean illustrative;
  private String currency;
  private BigDecimal total;
  private List<ValuationTerm> terms;
  private OffsetDateTime createdAt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Valuation() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the proxy set used.
   *
   * @return the proxy set id
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the name of the proxy set used, as it was at valuation time.
   *
   * @return the proxy set name
   */
  public String getProxySetName() {
    return proxySetName;
  }

  /**
   * Returns the code of the framework whose measures were valued.
   *
   * @return the framework code
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition whose measures were valued.
   *
   * @return the edition
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the year whose prices the values are expressed in.
   *
   * @return the price year
   */
  public int getPriceYear() {
    return priceYear;
  }

  /**
   * Returns where the proxy values come from, to cite beside the figure.
   *
   * @return the proxy set's source
   */
  public String getProxySource() {
    return proxySource;
  }

  /**
   * Returns whether the illustrative proxy set was used, in which case the figure is not for
   * reporting.
   *
   * @return {@code true} if valued with the illustrative set
   */
  public boolean isIllustrative() {
    return illustrative;
  }

  /**
   * Returns the currency of the amounts.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the total value: the sum of the terms' values.
   *
   * @return the total, exact to the penny
   */
  public BigDecimal getTotal() {
    return total;
  }

  /**
   * Returns the per-measure trace, in the order of the items sent.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<ValuationTerm> getTerms() {
    return ModelLists.copy(terms);
  }

  /**
   * Returns when the valuation was made.
   *
   * @return the creation time (UTC)
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "Valuation{id="
        + id
        + ", proxySetId="
        + proxySetId
        + ", currency="
        + currency
        + ", total="
        + total
        + ", illustrative="
        + illustrative
        + '}';
  }
}
