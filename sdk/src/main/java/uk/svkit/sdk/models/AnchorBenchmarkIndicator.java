package uk.svkit.sdk.models;

import java.math.BigDecimal;

/** One of an anchor's indicators against the other signatories' latest validated figures. */
public final class AnchorBenchmarkIndicator {

  private String indicatorCode;
  private String pillarCode;
  private String title;
  private String unit;
  private String direction;
  private BigDecimal own;
  private PeerSpread peers;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorBenchmarkIndicator() {}

  /**
   * Returns the indicator.
   *
   * @return the value, or {@code null} if absent
   */
  public String getIndicatorCode() {
    return indicatorCode;
  }

  /**
   * Returns the pillar.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPillarCode() {
    return pillarCode;
  }

  /**
   * Returns what it measures.
   *
   * @return the value, or {@code null} if absent
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns what it counts.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public IndicatorUnit getUnit() {
    return unit == null || unit.isBlank() ? null : IndicatorUnit.fromString(unit);
  }

  /**
   * Returns which way it improves.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public IndicatorDirection getDirection() {
    return direction == null || direction.isBlank()
        ? null
        : IndicatorDirection.fromString(direction);
  }

  /**
   * Returns the anchor's latest validated figure.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getOwn() {
    return own;
  }

  /**
   * Returns the peers' spread.
   *
   * @return the value, or {@code null} if absent
   */
  public PeerSpread getPeers() {
    return peers;
  }

  @Override
  public String toString() {
    return "AnchorBenchmarkIndicator{indicatorCode="
        + indicatorCode
        + ", pillarCode="
        + pillarCode
        + ", title="
        + title
        + '}';
  }
}
