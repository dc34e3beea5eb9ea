package uk.svkit.api.servicetest;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@link Clock} the services read in tests, in place of the server's system clock: it stands
 * still until a test sets or advances it, so deadlines, due dates and ratings are decided at a
 * chosen instant.
 */
@Singleton
public class TestClock extends Clock {
  private volatile Instant now = Instant.parse("2026-06-01T09:00:00Z");

  /** Moves the clock to this instant. */
  public void set(Instant instant) {
    now = instant;
  }

  /** Moves the clock to this ISO-8601 instant, e.g. {@code 2026-06-01T09:00:00Z}. */
  public void set(String instant) {
    set(Instant.parse(instant));
  }

  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }
}
