package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * One line of a valuation's trace: {@code value = quantity × valuePerUnit × multiplier ×
 * adjustmentFactor}, rounded to pence half-up. A term that could not be monetised (a record-only
 * measure, or one without a proxy value) has no value and a {@link #getNote() note} saying why.
 */
public final class ValuationTerm {

  private String measureCode;
  private String measureTitle;
  private String unitLabel;
  private BigDecimal quantity;
  private BigDecimal valuePerUnit;
  private BigDecimal multiplier;
  private BigDecimal adjustmentFactor;
  private BigDecimal value;
  private String note;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ValuationTerm() {}

  /**
   * Returns the code of the measure valued.
   *
   * @return the measure code, such as {@code LM-EMP-01}
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the title of the measure.
   *
   * @return the title
   */
  public String getMeasureTitle() {
    return measureTitle;
  }

  /**
   * Returns the unit of the quantity as shown to people.
   *
   * @return the label, such as {@code FTE}
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns the quantity valued.
   *
   * @return the quantity, exactly as sent
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the proxy value per unit used.
   *
   * @return the value per unit, or {@code null} if the term was not monetised
   */
  public BigDecimal getValuePerUnit() {
    return valuePerUnit;
  }

  /**
   * Returns the multiplier used.
   *
   * @return the multiplier, or {@code null} when none applied (the same as 1)
   */
  public BigDecimal getMultiplier() {
    return multiplier;
  }

  /**
   * Returns the combined adjustment, {@code (1 - deadweight)(1 - attribution)(1 - displacement)(1 -
   * dropOff)} with the percentages as fractions.
   *
   * @return the factor, or {@code null} when no adjustment applied (the same as 1)
   */
  public BigDecimal getAdjustmentFactor() {
    return adjustmentFactor;
  }

  /**
   * Returns the money value of the term, in the valuation's currency.
   *
   * @return the value, exact to the penny, or {@code null} if the term could not be monetised
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the service's explanation, such as why a term was not monetised.
   *
   * @return the note, or {@code null}
   */
  public String getNote() {
    return note;
  }

  @Override
  public String toString() {
    return "ValuationTerm{measureCode="
        + measureCode
        + ", quantity="
        + quantity
        + ", valuePerUnit="
        + valuePerUnit
        + ", value="
        + value
        + '}';
  }
}
