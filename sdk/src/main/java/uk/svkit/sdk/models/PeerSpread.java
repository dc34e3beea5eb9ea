package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * The spread of other organisations' figures; the median and quartiles are {@code null} below the
 * minimum number of peers.
 */
public final class PeerSpread {

  private int peers;
  private BigDecimal median;
  private BigDecimal p25;
  private BigDecimal p75;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PeerSpread() {}

  /**
   * Returns how many other organisations have a figure (the caller never counts).
   *
   * @return the value (zero if absent)
   */
  public int getPeers() {
    return peers;
  }

  /**
   * Returns the median.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getMedian() {
    return median;
  }

  /**
   * Returns the 25th percentile.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getP25() {
    return p25;
  }

  /**
   * Returns the 75th percentile.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getP75() {
    return p75;
  }

  @Override
  public String toString() {
    return "PeerSpread{peers=" + peers + ", median=" + median + ", p25=" + p25 + '}';
  }
}
