package uk.svkit.sdk.models;

import java.math.BigDecimal;

/** One indicator of a programme's collective view. */
public final class AnchorCollectiveIndicator {

  private String indicatorCode;
  private String pillarCode;
  private String title;
  private String unit;
  private String direction;
  private int signatories;
  private BigDecimal total;
  private PeerSpread spread;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorCollectiveIndicator() {}

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
   * Returns how many signatories have a validated figure.
   *
   * @return the value (zero if absent)
   */
  public int getSignatories() {
    return signatories;
  }

  /**
   * Returns their latest figures added up (not for percentages; {@code null} below the minimum).
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getTotal() {
    return total;
  }

  /**
   * Returns their spread.
   *
   * @return the value, or {@code null} if absent
   */
  public PeerSpread getSpread() {
    return spread;
  }

  @Override
  public String toString() {
    return "AnchorCollectiveIndicator{indicatorCode="
        + indicatorCode
        + ", pillarCode="
        + pillarCode
        + ", title="
        + title
        + '}';
  }
}
