package uk.svkit.api.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.audit.AuditTrail;

/**
 * Records what an attempt came to: a 2xx delivers; anything else is retried with exponential
 * back-off and jitter ({@code svkit.webhooks.retry.initial}, doubling up to {@code
 * svkit.webhooks.retry.max}) until {@code svkit.webhooks.retry.give-up-after} (3 days) from the
 * first attempt, when the delivery fails and its subscription is marked failing.
 */
@ApplicationScoped
public class DeliveryOutcomes {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.retry.initial", defaultValue = "PT10S")
  Duration initialDelay;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.retry.max", defaultValue = "PT6H")
  Duration maxDelay;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.retry.give-up-after", defaultValue = "P3D")
  Duration giveUpAfter;

  @Transactional
  public void record(
      DeliveryJob job,
      OffsetDateTime attemptedAt,
      Integer statusCode,
      long latencyMs,
      String error,
      String excerpt) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, job.deliveryId());
    if (delivery == null || delivery.status() != DeliveryStatus.PENDING) {
      return; // deleted with its subscription, or finished by another instance after a lease ran
      // out
    }
    em.persist(
        new WebhookAttempt(
            delivery.id(),
            delivery.attempts() + 1,
            attemptedAt,
            statusCode,
            latencyMs,
            error,
            excerpt));
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);
    if (statusCode != null && statusCode >= 200 && statusCode < 300) {
      delivery.delivered(now, statusCode);
      return;
    }
    OffsetDateTime retryAt = now.plus(backOff(delivery.attempts() + 1));
    if (retryAt.isAfter(delivery.createdAt().plus(giveUpAfter))) {
      delivery.failed(statusCode, null);
      WebhookSubscription subscription =
          em.find(WebhookSubscription.class, delivery.subscriptionId());
      // The organisation sees in its subscription's audit history when and why it stopped.
      if (subscription != null && subscription.markFailing(now)) {
        audit.record(subscription, AuditAction.UPDATED, List.of("status"));
      }
    } else {
      delivery.failed(statusCode, retryAt);
    }
  }

  /** The wait after the n-th failed attempt: initial × 2^(n-1), capped, ±25 % jitter. */
  Duration backOff(int attempt) {
    double base = initialDelay.toMillis() * Math.pow(2, Math.min(attempt - 1, 30));
    double capped = Math.min(base, maxDelay.toMillis());
    double jittered = capped * ThreadLocalRandom.current().nextDouble(0.75, 1.25);
    return Duration.ofMillis((long) jittered);
  }
}
