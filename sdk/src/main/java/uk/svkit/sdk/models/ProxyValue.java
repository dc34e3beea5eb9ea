package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * The money value of one unit of a measure in a proxy set, optionally with a multiplier (such as a
 * local multiplier on spend). Amounts are exact decimals, never binary floating point.
 */
public final class ProxyValue {

  private String measureCode;
  private BigDecimal valuePerUnit;
  private BigDecimal multiplier;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ProxyValue() {}

  /** For {@link CreateProxySetOptions.Builder}; arguments are checked there. */
  ProxyValue(String measureCode, BigDecimal valuePerUnit, BigDecimal multiplier) {
    this.measureCode = measureCode;
    this.valuePerUnit = valuePerUnit;
    this.multiplier = multiplier;
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
   * Returns the value of one unit of the measure, in the proxy set's currency.
   *
   * @return the value, exactly as sent by the service
   */
  public BigDecimal getValuePerUnit() {
    return valuePerUnit;
  }

  /**
   * Returns the multiplier applied on top of the value per unit.
   *
   * @return the multiplier, or {@code null} when none applies (the same as 1)
   */
  public BigDecimal getMultiplier() {
    return multiplier;
  }

  @Override
  public String toString() {
    return "ProxyValue{measureCode="
        + measureCode
        + ", valuePerUnit="
        + valuePerUnit
        + (multiplier == null ? "" : ", multiplier=" + multiplier)
        + '}';
  }
}
