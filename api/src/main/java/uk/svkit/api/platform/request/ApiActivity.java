package uk.svkit.api.platform.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this instance is serving API requests: background work that can wait (webhook delivery)
 * holds back while it is, so that the requests keep the cores. Counts the requests in progress
 * ({@link HttpEntryFilter}); the API counts as busy until {@link #QUIET_NANOS} after the last one
 * ended, since a client sending one request after another leaves gaps shorter than that.
 */
@ApplicationScoped
public class ApiActivity {
  static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final AtomicInteger inProgress = new AtomicInteger();
  private volatile long lastEnded = System.nanoTime() - QUIET_NANOS;

  void started() {
    inProgress.incrementAndGet();
  }

  void ended() {
    lastEnded = System.nanoTime();
    inProgress.decrementAndGet();
  }

  /** Whether a request is in progress or one ended less than 100 ms ago. */
  public boolean busy() {
    return inProgress.get() > 0 || System.nanoTime() - lastEnded < QUIET_NANOS;
  }
}
