package uk.svkit.api.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of the current time. Application code injects {@link Clock} rather than calling
 * {@code Instant.now()}, so that services can be tested at a chosen instant and time-based work
 * (due dates, expiry) can be driven by a test.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
