package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's figures for one reporting period, from the kept totals. */
public final class AnchorPeriodFigure {

  private LocalDate periodStart;
  private BigDecimal claimed;
  private BigDecimal validated;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorPeriodFigure() {}

  /**
   * Returns the first day of the period.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the live return's value.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getClaimed() {
    return claimed;
  }

  /**
   * Returns the value once validated; {@code null} until then.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getValidated() {
    return validated;
  }

  @Override
  public String toString() {
    return "AnchorPeriodFigure{periodStart="
        + periodStart
        + ", claimed="
        + claimed
        + ", validated="
        + validated
        + '}';
  }
}
