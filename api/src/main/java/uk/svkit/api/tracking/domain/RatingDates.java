package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * The first day on which a KPI (or the worst KPI of a contract) is rated at all, and the first day
 * it is rated Approaching target or worse, Requires improvement or worse, and Inadequate; null for
 * a rating it will not reach as things stand.
 *
 * <p>A rating compares validated delivery with the target pro-rated to the day, so it changes with
 * the date alone. Targets are never negative, so the expected quantity never falls as days pass:
 * with validated delivery unchanged the rating only ever gets worse, and each rating starts on one
 * day. Kept as dates (the dashboard's kept figures), "the rating today" is a comparison with today,
 * exactly the rating {@link RatingPolicy#rate} gives for that day, with nothing recomputed.
 */
public record RatingDates(
    LocalDate ratedFrom,
    LocalDate approachingFrom,
    LocalDate requiresImprovementFrom,
    LocalDate inadequateFrom) {

  public static final RatingDates NEVER = new RatingDates(null, null, null, null);

  /**
   * A quantifiable KPI's dates: rated from the first day something is expected, each rating from
   * the first day {@code validated} against the quantity expected by then rates at it or worse.
   */
  public static RatingDates of(KpiTerms terms, BigDecimal validated, RatingPolicy policy) {
    LocalDate first = terms.contractStart();
    LocalDate last = lastGrowingDay(terms);
    if (last.isBefore(first)) {
      return NEVER;
    }
    LocalDate rated = firstDay(first, last, day -> KpiTargets.expectedBy(terms, day).signum() > 0);
    if (rated == null) {
      return NEVER;
    }
    Predicate<LocalDate> approaching = atLeast(terms, validated, policy, Rating.APPROACHING_TARGET);
    LocalDate approachingFrom = firstDay(rated, last, approaching);
    LocalDate requiresImprovementFrom =
        approachingFrom == null
            ? null
            : firstDay(
                approachingFrom,
                last,
                atLeast(terms, validated, policy, Rating.REQUIRES_IMPROVEMENT));
    LocalDate inadequateFrom =
        requiresImprovementFrom == null
            ? null
            : firstDay(
                requiresImprovementFrom,
                last,
                atLeast(terms, validated, policy, Rating.INADEQUATE));
    return new RatingDates(rated, approachingFrom, requiresImprovementFrom, inadequateFrom);
  }

  /**
   * The last day on which the expected quantity can grow: the KPI's last day, or later when a
   * target definition takes effect after it ({@link KpiTargets#expectedBetween} counts a definition
   * up to the next one's start).
   */
  private static LocalDate lastGrowingDay(KpiTerms terms) {
    LocalDate last = terms.lastDay();
    for (TargetDefinition d : terms.definitions()) {
      if (d.effectiveFrom() != null && d.effectiveFrom().isAfter(last)) {
        last = d.effectiveFrom();
      }
    }
    return last;
  }

  /** The rating on {@code day}: OTHER before the first rated day. */
  public Rating on(LocalDate day) {
    if (reached(inadequateFrom, day)) {
      return Rating.INADEQUATE;
    }
    if (reached(requiresImprovementFrom, day)) {
      return Rating.REQUIRES_IMPROVEMENT;
    }
    if (reached(approachingFrom, day)) {
      return Rating.APPROACHING_TARGET;
    }
    return reached(ratedFrom, day) ? Rating.GOOD : Rating.OTHER;
  }

  /**
   * The dates of the worst of two: on any day, the worse of the two ratings (a contract is rated by
   * its worst rated KPI, and OTHER only when none is rated).
   */
  public RatingDates worst(RatingDates other) {
    return new RatingDates(
        earlier(ratedFrom, other.ratedFrom),
        earlier(approachingFrom, other.approachingFrom),
        earlier(requiresImprovementFrom, other.requiresImprovementFrom),
        earlier(inadequateFrom, other.inadequateFrom));
  }

  private static Predicate<LocalDate> atLeast(
      KpiTerms terms, BigDecimal validated, RatingPolicy policy, Rating rating) {
    return day -> {
      BigDecimal expected = KpiTargets.expectedBy(terms, day);
      return expected.signum() > 0
          && policy.rate(validated.divide(expected, 4, RoundingMode.HALF_UP)).compareTo(rating)
              >= 0;
    };
  }

  /** The first day in [from, to] on which a test that stays true once true holds, or null. */
  private static LocalDate firstDay(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
    if (!holds.test(to)) {
      return null;
    }
    long low = 0;
    long high = ChronoUnit.DAYS.between(from, to);
    while (low < high) {
      long middle = (low + high) >>> 1;
      if (holds.test(from.plusDays(middle))) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return from.plusDays(low);
  }

  private static boolean reached(LocalDate from, LocalDate day) {
    return from != null && !from.isAfter(day);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
