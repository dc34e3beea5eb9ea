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

  // Dependent scope: no client proxy around Clock, and systemUTC() is a shared constant anyway.
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
