package uk.svkit.sdk.models;

import java.math.BigDecimal;

/**
 * One KPI in a performance assessment: what was expected and delivered in the period, the proposed
 * rating and the rating given.
 */
public final class AssessedKpi {

  private String commitmentId;
  private String measureCode;
  private String title;
  private String unit;
  private boolean mostMaterial;
  private BigDecimal expected;
  private BigDecimal delivered;
  private BigDecimal deliveredShare;
  private String proposedRating;
  private String rating;
  private String overrideReason;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AssessedKpi() {}

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
   * Returns its title.
   *
   * @return the value
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the unit.
   *
   * @return the value
   */
  public String getUnit() {
    return unit;
  }

  /**
   * Returns whether it is one of the most material KPIs.
   *
   * @return whether it is so
   */
  public boolean isMostMaterial() {
    return mostMaterial;
  }

  /**
   * Returns what the targets in force expected within the period.
   *
   * @return the value
   */
  public BigDecimal getExpected() {
    return expected;
  }

  /**
   * Returns the validated delivery reported for periods starting within the period.
   *
   * @return the value
   */
  public BigDecimal getDelivered() {
    return delivered;
  }

  /**
   * Returns delivered over expected, or {@code null} where nothing was expected or the measure is
   * text.
   *
   * @return the value
   */
  public BigDecimal getDeliveredShare() {
    return deliveredShare;
  }

  /**
   * Returns the rating proposed from delivery.
   *
   * @return the value
   */
  public Rating getProposedRating() {
    return proposedRating == null || proposedRating.isBlank()
        ? null
        : Rating.fromString(proposedRating);
  }

  /**
   * Returns the rating given.
   *
   * @return the value
   */
  public Rating getRating() {
    return rating == null || rating.isBlank() ? null : Rating.fromString(rating);
  }

  /**
   * Returns why the rating differs from the proposal, or {@code null}.
   *
   * @return the value
   */
  public String getOverrideReason() {
    return overrideReason;
  }
}
