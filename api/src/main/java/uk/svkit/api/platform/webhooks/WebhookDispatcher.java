package uk.svkit.api.platform.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.persistence.DatabaseMigrator;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.platform.request.RequestContext;

/**
 * Sends claimed deliveries. Requests are asynchronous (java.net.http on the server's managed
 * executor): a slow or dead receiver holds a slot, not a thread, and at most {@code
 * svkit.webhooks.max-in-flight-per-subscription} of the {@code svkit.webhooks.max-in-flight} slots,
 * so it never delays the others. Timeouts are short and redirects are not followed; only an excerpt
 * of the answer is kept.
 */
@ApplicationScoped
public class WebhookDispatcher {
  private static final Logger LOG = Loggers.of(WebhookDispatcher.class);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject DeliveryClaims claims;
  @Inject DeliveryOutcomes outcomes;
  @Inject ReceiverGuard guard;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "svkit.events.poll-interval", defaultValue = "PT0.2S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.connect-timeout", defaultValue = "PT3S")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.request-timeout", defaultValue = "PT10S")
  Duration requestTimeout;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.max-in-flight", defaultValue = "256")
  int maxInFlight;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.max-in-flight-per-subscription", defaultValue = "32")
  int maxInFlightPerSubscription;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final Map<String, AtomicInteger> inFlightBySubscription = new ConcurrentHashMap<>();
  private volatile HttpClient client;

  private final java.util.List<java.util.concurrent.ScheduledFuture<?>> scheduled =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  void start(@Observes DatabaseMigrator.SchemaReady ready) {
    client =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            this::tick, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS));
  }

  private void tick() {
    try {
      RequestContext.asSystem("webhooks.dispatch", this::dispatchDue);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook dispatch failed; the next run tries again", e);
    }
  }

  void dispatchDue() {
    int room;
    while ((room = maxInFlight - inFlight.get()) > 0) {
      Set<String> saturated = ConcurrentHashMap.newKeySet();
      inFlightBySubscription.forEach(
          (id, count) -> {
            if (count.get() >= maxInFlightPerSubscription) {
              saturated.add(id);
            }
          });
      var jobs = claims.claim(room, saturated);
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(this::send);
    }
  }

  private void send(DeliveryJob job) {
    inFlight.incrementAndGet();
    inFlightBySubscription
        .computeIfAbsent(job.subscriptionId(), k -> new AtomicInteger())
        .incrementAndGet();
    OffsetDateTime attemptedAt = now();
    long started = System.nanoTime();
    String refusal = guard.refusal(job.url());
    if (refusal != null) {
      finish(job, attemptedAt, null, started, "Receiver refused: URL " + refusal, null);
      return;
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(job.url()))
              .timeout(requestTimeout)
              .header("Content-Type", "application/json")
              .header("User-Agent", "svkit-webhooks")
              .header("webhook-id", job.eventId())
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  WebhookSignatures.header(job.secrets(), job.eventId(), timestamp, job.body()))
              .POST(HttpRequest.BodyPublishers.ofString(job.body(), StandardCharsets.UTF_8))
              .build();
    } catch (RuntimeException e) {
      finish(job, attemptedAt, null, started, "Invalid request: " + e.getMessage(), null);
      return;
    }
    client
        .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                finish(job, attemptedAt, null, started, describe(failure), null);
              } else {
                finish(
                    job,
                    attemptedAt,
                    response.statusCode(),
                    started,
                    null,
                    excerpt(response.body()));
              }
            });
  }

  private void finish(
      DeliveryJob job,
      OffsetDateTime attemptedAt,
      Integer status,
      long started,
      String error,
      String excerpt) {
    try {
      long latencyMs = (System.nanoTime() - started) / 1_000_000;
      Runnable record = () -> outcomes.record(job, attemptedAt, status, latencyMs, error, excerpt);
      // A response can complete on the dispatching thread, which already runs as the system.
      if (RequestContext.isSystem()) {
        record.run();
      } else {
        RequestContext.asSystem("webhooks.outcome", record);
      }
    } catch (RuntimeException e) {
      // The lease runs out and the delivery is tried again: at least once, never lost.
      LOG.log(Level.WARNING, "Could not record the outcome of delivery " + job.deliveryId(), e);
    } finally {
      inFlight.decrementAndGet();
      inFlightBySubscription.computeIfPresent(
          job.subscriptionId(), (k, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
  }

  private static String excerpt(InputStream body) {
    try (body) {
      byte[] head = body.readNBytes(WebhookAttempt.EXCERPT_LENGTH);
      return head.length == 0 ? null : new String(head, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }

  /** The application is stopping: its tasks stop with it rather than fail on the executor. */
  @jakarta.annotation.PreDestroy
  void stop() {
    scheduled.forEach(task -> task.cancel(false));
  }
}
