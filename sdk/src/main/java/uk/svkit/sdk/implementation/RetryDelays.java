package uk.svkit.sdk.implementation;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import uk.svkit.sdk.RetryPolicy;

/** Back-off and {@code Retry-After} arithmetic. */
public final class RetryDelays {

  private RetryDelays() {}

  /**
   * Exponential back-off before retry number {@code retry} (1-based): {@code base * 2^(retry-1)}
   * capped at {@code maxDelay}, scaled to 75-100% so that clients failing together do not retry in
   * lock-step.
   *
   * @param random a value in [0, 1)
   */
  public static Duration backoff(RetryPolicy policy, int retry, double random) {
    long base = policy.getBaseDelay().toMillis();
    long cap = policy.getMaxDelay().toMillis();
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    long exponential = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
    return Duration.ofMillis((long) (exponential * (0.75 + 0.25 * random)));
  }

  /**
   * Parses {@code Retry-After}: delta-seconds or an HTTP-date (RFC 9110).
   *
   * @return the delay (zero if the date is past), or {@code null} if absent or unparseable
   */
  public static Duration parseRetryAfter(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException e) {
        return null; // absurdly large: treat as absent rather than fail the call
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
