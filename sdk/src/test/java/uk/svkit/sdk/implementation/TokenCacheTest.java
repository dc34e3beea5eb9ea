package uk.svkit.sdk.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.AccessToken;

class TokenCacheTest {

  @Test
  void concurrentCallersShareOneRefresh() throws Exception {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    AtomicInteger calls = new AtomicInteger();
    TokenCache cache =
        new TokenCache(
            () -> {
              calls.incrementAndGet();
              return new AccessToken("jwt", now.plusSeconds(3600));
            },
            Clock.fixed(now, ZoneOffset.UTC));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 40; i++) {
        pool.submit(cache::getToken);
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
    assertEquals(1, calls.get());
  }
}
