package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tender's evaluation after its deadline: every bid ranked by social value score, with the money
 * value of its commitments where the tender has a proxy set. It is {@link #isComplete() complete}
 * once every question of every bid has a final score; only then can the tender be awarded.
 */
public final class Evaluation {

  private String tenderId;
  private BigDecimal socialValueWeighting;
  private String currency;
  private String proxySetId;
  private boolean complete;
  private List<BidEvaluation> bids;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Evaluation() {}

  /**
   * Returns the tender evaluated.
   *
   * @return the tender id
   */
  public String getTenderId() {
    return tenderId;
  }

  /**
   * Returns the weight of social value in the total tender score.
   *
   * @return the weighting, a percentage
   */
  public BigDecimal getSocialValueWeighting() {
    return socialValueWeighting;
  }

  /**
   * Returns the currency of prices and values.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the proxy set commitments are valued with.
   *
   * @return the proxy set id, or {@code null} if the tender has none
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns whether every question of every bid has a final score.
   *
   * @return {@code true} if complete
   */
  public boolean isComplete() {
    return complete;
  }

  /**
   * Returns the bids, best ranked first.
   *
   * @return an unmodifiable list, empty if there were no bids
   */
  public List<BidEvaluation> getBids() {
    return ModelLists.copy(bids);
  }

  @Override
  public String toString() {
    return "Evaluation{tenderId="
        + tenderId
        + ", complete="
        + complete
        + ", bids="
        + (bids == null ? 0 : bids.size())
        + '}';
  }
}
