package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity to value in {@code CreateValuationOptions}, with optional adjustments for what would
 * have happened anyway. Immutable; build with {@link #builder(String, BigDecimal)}:
 *
 * <pre>{@code
 * ValuationItem.builder("LM-EMP-01", new BigDecimal("12.5"))
 *     .deadweight(new BigDecimal("20"))
 *     .attribution(new BigDecimal("10"))
 *     .build();
 * }</pre>
 *
 * <p>Adjustments are percentages from 0 to 100 ({@code 20} means 20 %, not {@code 0.2}); an
 * adjustment not set is not sent, which the service treats as 0. The service validates the ranges.
 */
public final class ValuationItem {

  private final String measureCode;
  private final BigDecimal quantity;
  private final BigDecimal deadweight;
  private final BigDecimal attribution;
  private final BigDecimal displacement;
  private final BigDecimal dropOff;

  private ValuationItem(Builder b) {
    this.measureCode = b.measureCode;
    this.quantity = b.quantity;
    this.deadweight = b.deadweight;
    this.attribution = b.attribution;
    this.displacement = b.displacement;
    this.dropOff = b.dropOff;
  }

  /**
   * Starts a builder for a quantity of a measure.
   *
   * @param measureCode the measure code, such as {@code LM-EMP-01}
   * @param quantity the quantity, in the measure's unit
   * @return a new builder with no adjustments
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(String measureCode, BigDecimal quantity) {
    return new Builder(
        Objects.requireNonNull(measureCode, "measureCode"),
        Objects.requireNonNull(quantity, "quantity"));
  }

  /**
   * Returns the measure code.
   *
   * @return the code
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the quantity.
   *
   * @return the quantity, in the measure's unit
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the deadweight: the percentage of the outcome that would have happened anyway.
   *
   * @return the percentage, or {@code null} if not set (then not sent)
   */
  public BigDecimal getDeadweight() {
    return deadweight;
  }

  /**
   * Returns the attribution: the percentage of the outcome due to others.
   *
   * @return the percentage, or {@code null} if not set (then not sent)
   */
  public BigDecimal getAttribution() {
    return attribution;
  }

  /**
   * Returns the displacement: the percentage of the outcome displaced from elsewhere.
   *
   * @return the percentage, or {@code null} if not set (then not sent)
   */
  public BigDecimal getDisplacement() {
    return displacement;
  }

  /**
   * Returns the drop-off: the percentage of the outcome lost over the period.
   *
   * @return the percentage, or {@code null} if not set (then not sent)
   */
  public BigDecimal getDropOff() {
    return dropOff;
  }

  @Override
  public String toString() {
    return "ValuationItem{measureCode="
        + measureCode
        + ", quantity="
        + quantity
        + ", deadweight="
        + deadweight
        + ", attribution="
        + attribution
        + ", displacement="
        + displacement
        + ", dropOff="
        + dropOff
        + '}';
  }

  /** Builder for {@link ValuationItem}; not thread-safe. */
  public static final class Builder {

    private final String measureCode;
    private final BigDecimal quantity;
    private BigDecimal deadweight;
    private BigDecimal attribution;
    private BigDecimal displacement;
    private BigDecimal dropOff;

    private Builder(String measureCode, BigDecimal quantity) {
      this.measureCode = measureCode;
      this.quantity = quantity;
    }

    /**
     * Sets the deadweight: the percentage of the outcome that would have happened anyway.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder deadweight(BigDecimal percent) {
      this.deadweight = Objects.requireNonNull(percent, "deadweight");
      return this;
    }

    /**
     * Sets the attribution: the percentage of the outcome due to others.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder attribution(BigDecimal percent) {
      this.attribution = Objects.requireNonNull(percent, "attribution");
      return this;
    }

    /**
     * Sets the displacement: the percentage of the outcome displaced from elsewhere.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder displacement(BigDecimal percent) {
      this.displacement = Objects.requireNonNull(percent, "displacement");
      return this;
    }

    /**
     * Sets the drop-off: the percentage of the outcome lost over the period.
     *
     * @param percent 0 to 100
     * @return this builder
     * @throws NullPointerException if {@code percent} is {@code null}
     */
    public Builder dropOff(BigDecimal percent) {
      this.dropOff = Objects.requireNonNull(percent, "dropOff");
      return this;
    }

    /**
     * Builds the item.
     *
     * @return an immutable item
     */
    public ValuationItem build() {
      return new ValuationItem(this);
    }
  }
}
