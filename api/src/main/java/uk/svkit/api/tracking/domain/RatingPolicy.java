package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;

/**
 * How delivered-against-expected becomes a rating: at or above {@code good} is Good, then
 * Approaching target, Requires improvement, and below {@code requiresImprovement} Inadequate.
 * Thresholds are shares of the pro-rated target (1.00 = on target) and configurable, since buyers'
 * policies differ.
 */
public record RatingPolicy(
    BigDecimal good, BigDecimal approaching, BigDecimal requiresImprovement) {
  public static final RatingPolicy DEFAULT =
      new RatingPolicy(new BigDecimal("1.00"), new BigDecimal("0.85"), new BigDecimal("0.60"));

  public RatingPolicy {
    if (good.compareTo(approaching) < 0
        || approaching.compareTo(requiresImprovement) < 0
        || requiresImprovement.signum() < 0) {
      throw new IllegalArgumentException(
          "Rating thresholds must satisfy good >= approaching >= requires-improvement >= 0.");
    }
  }

  /** The rating for a delivered share; {@code null} (nothing expected yet) rates OTHER. */
  public Rating rate(BigDecimal deliveredShare) {
    if (deliveredShare == null) {
      return Rating.OTHER;
    }
    if (deliveredShare.compareTo(good) >= 0) {
      return Rating.GOOD;
    }
    if (deliveredShare.compareTo(approaching) >= 0) {
      return Rating.APPROACHING_TARGET;
    }
    if (deliveredShare.compareTo(requiresImprovement) >= 0) {
      return Rating.REQUIRES_IMPROVEMENT;
    }
    return Rating.INADEQUATE;
  }
}
