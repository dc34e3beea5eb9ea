package uk.svkit.api.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current time as the application stores it: UTC, to the microsecond (the precision both
 * databases keep, so a value reads back equal to what was written), from the injected clock.
 */
public final class Timestamps {
  private Timestamps() {}

  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }

  /** Today's date in UTC. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
