package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * What a business commits to in a partnership: a target quantity of one framework measure, and how
 * much of it the VCFSE has confirmed as delivered.
 *
 * @since 0.2.0
 */
public final class PartnershipCommitment {

  private String measureCode;
  private String measureTitle;
  private String unitLabel;
  private BigDecimal targetQuantity;
  private BigDecimal confirmedQuantity;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PartnershipCommitment() {}

  /**
   * Returns the measure's code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the measure's title.
   *
   * @return the value, or {@code null} if absent
   */
  public String getMeasureTitle() {
    return measureTitle;
  }

  /**
   * Returns the measure's unit.
   *
   * @return the value, or {@code null} if absent
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns the quantity committed to.
   *
   * @return the quantity
   */
  public BigDecimal getTargetQuantity() {
    return targetQuantity;
  }

  /**
   * Returns the delivered quantity the VCFSE confirmed (adjusted where it adjusted).
   *
   * @return the quantity, zero until a delivery is confirmed
   */
  public BigDecimal getConfirmedQuantity() {
    return confirmedQuantity;
  }

  @Override
  public String toString() {
    return "PartnershipCommitment{"
        + "measureCode="
        + measureCode
        + ", "
        + "targetQuantity="
        + targetQuantity
        + ", "
        + "confirmedQuantity="
        + confirmedQuantity
        + '}';
  }
}
