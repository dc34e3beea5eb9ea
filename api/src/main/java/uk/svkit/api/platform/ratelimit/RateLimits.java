package uk.svkit.api.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request budgets per client, as token buckets (Bucket4j): each client may spend its per-minute
 * allowance in a burst, and it refills steadily. Clients are organisations (every user of an
 * organisation shares its budget), platform admins by subject, anonymous callers by network
 * address. The state lives in this server instance: behind a load balancer each instance grants the
 * configured rate, so configure each instance with its share of the total.
 */
@ApplicationScoped
public class RateLimits {
  /** How many clients' buckets are kept; the least recently seen are forgotten first. */
  private static final int MAX_CLIENTS = 100_000;

  @Inject
  @ConfigProperty(name = "svkit.ratelimit.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "svkit.ratelimit.anonymous-per-minute", defaultValue = "300")
  long anonymousPerMinute;

  @Inject
  @ConfigProperty(name = "svkit.ratelimit.authenticated-per-minute", defaultValue = "6000")
  long authenticatedPerMinute;

  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_CLIENTS;
        }
      };

  /**
   * Spends one request of the client's budget; the wait until the next is allowed if none is left.
   */
  public Optional<Duration> spend(String client, boolean anonymous) {
    if (!enabled) {
      return Optional.empty();
    }
    Bucket bucket;
    synchronized (buckets) {
      bucket =
          buckets.computeIfAbsent(
              client, c -> newBucket(anonymous ? anonymousPerMinute : authenticatedPerMinute));
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private static Bucket newBucket(long perMinute) {
    long allowance = Math.max(1, perMinute);
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(allowance)
                .refillGreedy(allowance, Duration.ofMinutes(1))
                .build())
        .build();
  }
}
