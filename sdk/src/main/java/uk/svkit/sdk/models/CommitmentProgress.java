package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * The progress of one contract KPI at a date: its whole-contract {@linkplain #getTarget() target},
 * what was {@linkplain #getExpectedToDate() expected} by then (the target pro-rated to the elapsed
 * share of the contract), what was {@linkplain #getClaimed() claimed} and {@linkplain
 * #getValidated() validated}, and the resulting {@linkplain #getRating() rating}.
 */
public final class CommitmentProgress {

  private String commitmentId;
  private String measureCode;
  private String unitLabel;
  private BigDecimal target;
  private BigDecimal expectedToDate;
  private BigDecimal claimed;
  private BigDecimal validated;
  private BigDecimal deliveredShare;
  private String rating;
  private BigDecimal claimedValue;
  private BigDecimal validatedValue;
  private List<OverduePeriod> overduePeriods;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected CommitmentProgress() {}

  /**
   * Returns the KPI.
   *
   * @return the contract commitment id
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the measure.
   *
   * @return the measure code
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the unit of the quantities as shown to people.
   *
   * @return the label, such as {@code FTE}
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns the whole-contract target: a per-year target times the contract's years, a per-quarter
   * target times its quarters.
   *
   * @return the target
   */
  public BigDecimal getTarget() {
    return target;
  }

  /**
   * Returns the target pro-rated to the elapsed share of the contract.
   *
   * @return the quantity expected by the date
   */
  public BigDecimal getExpectedToDate() {
    return expectedToDate;
  }

  /**
   * Returns the quantity of submitted and validated returns that are not superseded.
   *
   * @return the quantity claimed
   */
  public BigDecimal getClaimed() {
    return claimed;
  }

  /**
   * Returns the quantity of validated returns.
   *
   * @return the quantity validated
   */
  public BigDecimal getValidated() {
    return validated;
  }

  /**
   * Returns validated divided by expected to date, to 4 decimal places.
   *
   * @return the share, such as {@code 0.8750}, or {@code null} when nothing is expected yet
   */
  public BigDecimal getDeliveredShare() {
    return deliveredShare;
  }

  /**
   * Returns the rating of the KPI.
   *
   * @return the rating, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public Rating getRating() {
    return rating == null || rating.isBlank() ? null : Rating.fromString(rating);
  }

  /**
   * Returns the money value of the claimed quantity, with the KPI's proxy set.
   *
   * @return the value in the contract's currency, or {@code null} when the KPI is not valued in
   *     money
   */
  public BigDecimal getClaimedValue() {
    return claimedValue;
  }

  /**
   * Returns the money value of the validated quantity, with the KPI's proxy set.
   *
   * @return the value in the contract's currency, or {@code null} when the KPI is not valued in
   *     money
   */
  public BigDecimal getValidatedValue() {
    return validatedValue;
  }

  /**
   * Returns the reporting periods whose return is overdue.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<OverduePeriod> getOverduePeriods() {
    return ModelLists.copy(overduePeriods);
  }

  @Override
  public String toString() {
    return "CommitmentProgress{commitmentId="
        + commitmentId
        + ", expectedToDate="
        + expectedToDate
        + ", validated="
        + validated
        + ", rating="
        + rating
        + '}';
  }
}
