package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A KPI as the Contract Details Notice publishes it. */
public final class ContractKpiNoticeEntry {

  private String commitmentId;
  private String measureCode;
  private String title;
  private String unit;
  private BigDecimal targetQuantity;
  private String period;
  private BigDecimal wholeContractTarget;
  private LocalDate effectiveFrom;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ContractKpiNoticeEntry() {}

  /**
   * Returns the KPI.
   *
   * @return the value
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns its measure.
   *
   * @return the value
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns its title, or the measure's.
   *
   * @return the value
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the measure's unit.
   *
   * @return the value
   */
  public String getUnit() {
    return unit;
  }

  /**
   * Returns the current target quantity.
   *
   * @return the value
   */
  public BigDecimal getTargetQuantity() {
    return targetQuantity;
  }

  /**
   * Returns what the target is for: WHOLE_CONTRACT, PER_YEAR or PER_QUARTER.
   *
   * @return the value
   */
  public String getPeriod() {
    return period;
  }

  /**
   * Returns the target over the contract's life under the definitions in force.
   *
   * @return the value
   */
  public BigDecimal getWholeContractTarget() {
    return wholeContractTarget;
  }

  /**
   * Returns the first day the KPI applies.
   *
   * @return the value
   */
  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }
}
