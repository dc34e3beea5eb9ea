package uk.svkit.api.recognition.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of an award. An award runs from the assessors' decision date for the scheme's validity
 * period in calendar months (60, five years, unless the scheme says otherwise). {@code expiresOn}
 * is the decision date plus that many months; where the target month has no such day it is the
 * month's last day, so an award decided on 29 February 2024 expires on 28 February 2029 (Java's
 * {@link LocalDate#plusMonths} rule, which is also how "five years from a leap day" is read in
 * English law for periods of years). The award is current from its decision date up to and
 * including the day before {@code expiresOn}; on {@code expiresOn} it has expired.
 */
public final class AwardValidity {
  /** The C&M Social Value Award's five years. */
  public static final int DEFAULT_MONTHS = 60;

  private AwardValidity() {}

  public static LocalDate expiresOn(LocalDate decidedOn, int validityMonths) {
    Objects.requireNonNull(decidedOn, "A decision date is required.");
    if (validityMonths < 1) {
      throw new IllegalArgumentException("The validity period must be at least one month.");
    }
    return decidedOn.plusMonths(validityMonths);
  }

  public static boolean isCurrent(LocalDate decidedOn, LocalDate expiresOn, LocalDate on) {
    return !on.isBefore(decidedOn) && on.isBefore(expiresOn);
  }

  public static AwardStatus status(LocalDate decidedOn, LocalDate expiresOn, LocalDate on) {
    return isCurrent(decidedOn, expiresOn, on) ? AwardStatus.CURRENT : AwardStatus.EXPIRED;
  }

  /** Whether a current award stops being current within {@code days} days of {@code on}. */
  public static boolean expiresWithin(
      LocalDate decidedOn, LocalDate expiresOn, LocalDate on, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("The number of days must not be negative.");
    }
    return isCurrent(decidedOn, expiresOn, on) && !expiresOn.isAfter(on.plusDays(days));
  }
}
