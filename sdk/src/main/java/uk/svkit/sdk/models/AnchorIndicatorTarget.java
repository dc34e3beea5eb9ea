package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value an anchor indicator aims to reach by a day; read from a declaration or built with {@link
 * #of(LocalDate, BigDecimal)}.
 */
public final class AnchorIndicatorTarget {

  private LocalDate dueOn;
  private BigDecimal value;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorIndicatorTarget() {}

  /**
   * Returns the day the target is due.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getDueOn() {
    return dueOn;
  }

  /**
   * Returns the target value.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Creates a target for sending.
   *
   * @param dueOn the day it is due, after the baseline date
   * @param value the value to reach
   * @return the target
   * @throws NullPointerException if an argument is {@code null}
   */
  public static AnchorIndicatorTarget of(LocalDate dueOn, BigDecimal value) {
    AnchorIndicatorTarget t = new AnchorIndicatorTarget();
    t.dueOn = java.util.Objects.requireNonNull(dueOn, "dueOn");
    t.value = java.util.Objects.requireNonNull(value, "value");
    return t;
  }

  @Override
  public String toString() {
    return "AnchorIndicatorTarget{dueOn=" + dueOn + ", value=" + value + '}';
  }
}
