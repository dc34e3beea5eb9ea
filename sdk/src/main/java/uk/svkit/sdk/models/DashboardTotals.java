package uk.svkit.sdk.models;

import java.math.BigDecimal;

/** The money totals of a buyer's {@link Dashboard}, in its currency. */
public final class DashboardTotals {

  private BigDecimal committedValue;
  private BigDecimal claimedValue;
  private BigDecimal validatedValue;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DashboardTotals() {}

  /**
   * Returns the value of everything the buyer's contracts commit to.
   *
   * @return the value
   */
  public BigDecimal getCommittedValue() {
    return committedValue;
  }

  /**
   * Returns the value of everything claimed in returns.
   *
   * @return the value
   */
  public BigDecimal getClaimedValue() {
    return claimedValue;
  }

  /**
   * Returns the value of everything validated.
   *
   * @return the value
   */
  public BigDecimal getValidatedValue() {
    return validatedValue;
  }

  @Override
  public String toString() {
    return "DashboardTotals{committedValue="
        + committedValue
        + ", claimedValue="
        + claimedValue
        + ", validatedValue="
        + validatedValue
        + '}';
  }
}
