package uk.svkit.sdk.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.RetryPolicy;

class RetryDelaysTest {

  private final RetryPolicy policy = RetryPolicy.defaultPolicy();

  @Test
  void backoffDoublesFromHalfASecondAndCapsAtFiveSeconds() {
    assertEquals(500, RetryDelays.backoff(policy, 1, 0.99999).toMillis(), 1);
    assertEquals(375, RetryDelays.backoff(policy, 1, 0.0).toMillis());
    assertEquals(1000, RetryDelays.backoff(policy, 2, 0.99999).toMillis(), 1);
    assertEquals(2000, RetryDelays.backoff(policy, 3, 0.99999).toMillis(), 1);
    assertEquals(4000, RetryDelays.backoff(policy, 4, 0.99999).toMillis(), 1);
    assertEquals(5000, RetryDelays.backoff(policy, 5, 0.99999).toMillis(), 1);
    assertEquals(3750, RetryDelays.backoff(policy, 50, 0.0).toMillis());
  }

  @Test
  void parsesRetryAfterSecondsAndDates() {
    Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);
    assertEquals(Duration.ofSeconds(120), RetryDelays.parseRetryAfter(" 120 ", clock));
    assertEquals(
        Duration.ofSeconds(30),
        RetryDelays.parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", clock));
    assertEquals(
        Duration.ZERO, RetryDelays.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", clock));
    assertNull(RetryDelays.parseRetryAfter("soon", clock));
    assertNull(RetryDelays.parseRetryAfter("-5", clock));
    assertNull(RetryDelays.parseRetryAfter(null, clock));
  }
}
