package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator on an anchor's pillar dashboard: baseline, targets, figures by period and progress
 * towards the next target.
 */
public final class AnchorIndicatorProgress {

  private String declarationId;
  private String indicatorCode;
  private String title;
  private String unit;
  private String direction;
  private BigDecimal baselineValue;
  private LocalDate baselineOn;
  private List<AnchorIndicatorTarget> targets;
  private List<AnchorPeriodFigure> periods;
  private AnchorPeriodFigure latestValidated;
  private AnchorIndicatorTarget nextTarget;
  private BigDecimal progressPercent;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorIndicatorProgress() {}

  /**
   * Returns the declaration.
   *
   * @return the value, or {@code null} if absent
   */
  public String getDeclarationId() {
    return declarationId;
  }

  /**
   * Returns the indicator.
   *
   * @return the value, or {@code null} if absent
   */
  public String getIndicatorCode() {
    return indicatorCode;
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
   * Returns the baseline.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getBaselineValue() {
    return baselineValue;
  }

  /**
   * Returns the day of the baseline.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getBaselineOn() {
    return baselineOn;
  }

  /**
   * Returns the targets.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorIndicatorTarget> getTargets() {
    return ModelLists.copy(targets);
  }

  /**
   * Returns the figures by period, oldest first.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorPeriodFigure> getPeriods() {
    return ModelLists.copy(periods);
  }

  /**
   * Returns the most recent validated period.
   *
   * @return the value, or {@code null} if absent
   */
  public AnchorPeriodFigure getLatestValidated() {
    return latestValidated;
  }

  /**
   * Returns the first target due on or after the latest validated period.
   *
   * @return the value, or {@code null} if absent
   */
  public AnchorIndicatorTarget getNextTarget() {
    return nextTarget;
  }

  /**
   * Returns how far the latest validated figure has come from the baseline towards the next target,
   * in %.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getProgressPercent() {
    return progressPercent;
  }

  @Override
  public String toString() {
    return "AnchorIndicatorProgress{declarationId="
        + declarationId
        + ", indicatorCode="
        + indicatorCode
        + ", title="
        + title
        + '}';
  }
}
