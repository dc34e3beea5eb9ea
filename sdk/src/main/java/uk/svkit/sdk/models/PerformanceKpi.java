package uk.svkit.sdk.models;

import java.math.BigDecimal;

/** One KPI of a {@link PerformanceSummary}: its target, what was delivered and its rating. */
public final class PerformanceKpi {

  private String commitmentId;
  private String title;
  private BigDecimal target;
  private BigDecimal delivered;
  private String rating;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PerformanceKpi() {}

  /**
   * Returns the KPI.
   *
   * @return the contract commitment id
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the KPI's title as published.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the target for the summary's period.
   *
   * @return the target
   */
  public BigDecimal getTarget() {
    return target;
  }

  /**
   * Returns what was delivered in the summary's period.
   *
   * @return the quantity delivered
   */
  public BigDecimal getDelivered() {
    return delivered;
  }

  /**
   * Returns the rating.
   *
   * @return the rating, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public Rating getRating() {
    return rating == null || rating.isBlank() ? null : Rating.fromString(rating);
  }

  @Override
  public String toString() {
    return "PerformanceKpi{commitmentId="
        + commitmentId
        + ", delivered="
        + delivered
        + ", rating="
        + rating
        + '}';
  }
}
