package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * One line of a contract's value trace: a KPI's quantity valued with a proxy set, {@code value =
 * quantity × valuePerUnit × multiplier × adjustmentFactor}, rounded to pence half-up. It is a
 * {@link ValuationTerm} that also names the {@linkplain #getCommitmentId() KPI} and the {@linkplain
 * #getProxySetId() proxy set} it comes from, since a contract's KPIs may use different proxy sets.
 * A term that could not be monetised has no value and a {@link #getNote() note} saying why.
 */
public final class ValueTraceTerm {

  private String commitmentId;
  private String proxySetId;
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
  protected ValueTraceTerm() {}

  /**
   * Returns the KPI whose returns the term values.
   *
   * @return the contract commitment id
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the proxy set used.
   *
   * @return the proxy set id, or {@code null} if the KPI is not valued in money
   */
  public String getProxySetId() {
    return proxySetId;
  }

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
   * Returns the quantity valued: the KPI's validated or claimed quantity, as asked.
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
   * Returns the money value of the term, in the trace's currency.
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
    return "ValueTraceTerm{commitmentId="
        + commitmentId
        + ", measureCode="
        + measureCode
        + ", quantity="
        + quantity
        + ", value="
        + value
        + '}';
  }
}
