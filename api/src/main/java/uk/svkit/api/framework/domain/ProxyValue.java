package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The money value of one unit of a measure, with an optional multiplier (e.g. a local multiplier on
 * spend).
 */
@Embeddable
public class ProxyValue {
  @Column(name = "measure_code", length = 40)
  private String measureCode;

  @Column(name = "value_per_unit", precision = 19, scale = 4)
  private BigDecimal valuePerUnit;

  @Column(name = "multiplier", precision = 12, scale = 6)
  private BigDecimal multiplier;

  protected ProxyValue() {}

  public ProxyValue(String measureCode, BigDecimal valuePerUnit, BigDecimal multiplier) {
    this.measureCode = Objects.requireNonNull(measureCode, "A measure code is required.");
    if (valuePerUnit == null || valuePerUnit.signum() < 0) {
      throw new IllegalArgumentException("The value per unit must be zero or more.");
    }
    if (multiplier != null && multiplier.signum() <= 0) {
      throw new IllegalArgumentException("A multiplier must be greater than zero.");
    }
    this.valuePerUnit = valuePerUnit;
    this.multiplier = multiplier;
  }

  public String measureCode() {
    return measureCode;
  }

  public BigDecimal valuePerUnit() {
    return valuePerUnit;
  }

  /** The multiplier, or {@code null} when none applies (the same as 1). */
  public BigDecimal multiplier() {
    return multiplier;
  }
}
