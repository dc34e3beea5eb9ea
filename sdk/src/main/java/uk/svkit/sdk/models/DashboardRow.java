package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * One row of a {@link Dashboard} breakdown: a theme, a place or a period, with its committed,
 * claimed and validated values in the dashboard's currency.
 */
public final class DashboardRow {

  private String key;
  private String label;
  private BigDecimal committedQuantity;
  private BigDecimal claimedValue;
  private BigDecimal validatedValue;
  private BigDecimal committedValue;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DashboardRow() {}

  /**
   * Returns what the row is for: a theme code, an ONS place code or a period.
   *
   * @return the key
   */
  public String getKey() {
    return key;
  }

  /**
   * Returns the key as shown to people.
   *
   * @return the label
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the quantity committed, where the row's KPIs share one unit.
   *
   * @return the quantity, or {@code null} when it would add up different units
   */
  public BigDecimal getCommittedQuantity() {
    return committedQuantity;
  }

  /**
   * Returns the value claimed.
   *
   * @return the value
   */
  public BigDecimal getClaimedValue() {
    return claimedValue;
  }

  /**
   * Returns the value validated.
   *
   * @return the value
   */
  public BigDecimal getValidatedValue() {
    return validatedValue;
  }

  /**
   * Returns the value committed.
   *
   * @return the value
   */
  public BigDecimal getCommittedValue() {
    return committedValue;
  }

  @Override
  public String toString() {
    return "DashboardRow{key=" + key + ", validatedValue=" + validatedValue + '}';
  }
}
