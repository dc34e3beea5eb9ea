package uk.svkit.sdk.models;

import java.math.BigDecimal;

/** The anchor's contract KPIs (as buyer) on one framework measure counted towards a pillar. */
public final class AnchorContractKpis {

  private String measureCode;
  private int kpis;
  private BigDecimal claimedQuantity;
  private BigDecimal validatedQuantity;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorContractKpis() {}

  /**
   * Returns the measure.
   *
   * @return the value, or {@code null} if absent
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns how many KPIs use it.
   *
   * @return the value (zero if absent)
   */
  public int getKpis() {
    return kpis;
  }

  /**
   * Returns the claimed quantity, summed.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getClaimedQuantity() {
    return claimedQuantity;
  }

  /**
   * Returns the validated quantity, summed.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getValidatedQuantity() {
    return validatedQuantity;
  }

  @Override
  public String toString() {
    return "AnchorContractKpis{measureCode="
        + measureCode
        + ", kpis="
        + kpis
        + ", claimedQuantity="
        + claimedQuantity
        + '}';
  }
}
