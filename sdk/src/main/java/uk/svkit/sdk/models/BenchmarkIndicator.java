package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * One indicator of a {@link Benchmark}: the buyer's own figure against the spread among its peers.
 */
public final class BenchmarkIndicator {

  private String code;
  private String title;
  private BigDecimal own;
  private BigDecimal median;
  private BigDecimal p25;
  private BigDecimal p75;
  private int peers;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BenchmarkIndicator() {}

  /**
   * Returns the indicator.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the indicator as shown to people.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the buyer's own figure.
   *
   * @return the figure, or {@code null} if the buyer has none
   */
  public BigDecimal getOwn() {
    return own;
  }

  /**
   * Returns the other buyers' median; the caller's own figure is never among them.
   *
   * @return the median, or {@code null} while fewer than {@link Benchmark#getMinPeers()} peers have
   *     a figure
   */
  public BigDecimal getMedian() {
    return median;
  }

  /**
   * Returns the peers' 25th percentile.
   *
   * @return the percentile
   */
  public BigDecimal getP25() {
    return p25;
  }

  /**
   * Returns the peers' 75th percentile.
   *
   * @return the percentile
   */
  public BigDecimal getP75() {
    return p75;
  }

  /**
   * Returns how many other buyers have a figure for this indicator (the caller is never counted).
   *
   * @return the count
   */
  public int getPeers() {
    return peers;
  }

  @Override
  public String toString() {
    return "BenchmarkIndicator{code="
        + code
        + ", own="
        + own
        + ", median="
        + median
        + ", peers="
        + peers
        + '}';
  }
}
