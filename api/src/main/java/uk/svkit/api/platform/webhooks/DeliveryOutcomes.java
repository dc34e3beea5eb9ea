package uk.svkit.api.platform.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.audit.AuditTrail;

/**
 * Records what attempts came to: a 2xx delivers; anything else is retried with exponential back-off
 * and jitter ({@code svkit.webhooks.retry.initial}, doubling up to {@code
 * svkit.webhooks.retry.max}) until {@code svkit.webhooks.retry.give-up-after} (3 days) from the
 * first attempt, when the delivery fails and its subscription is marked failing. Outcomes are
 * written many to a transaction (JDBC batches on the transaction's connection): a transaction per
 * delivery cost more than sending it. A failed attempt gets a row in the log; the attempt that
 * delivers is kept on the delivery's own row, which is updated anyway.
 */
@ApplicationScoped
public class DeliveryOutcomes {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

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

  /** What one HTTP attempt came to: a status code, or the error that stopped it. */
  record Outcome(
      DeliveryJob job,
      OffsetDateTime attemptedAt,
      Integer statusCode,
      long latencyMs,
      String error,
      String excerpt) {
    boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  private record Pending(int attempts, OffsetDateTime createdAt, String subscriptionId) {}

  /**
   * Records the outcomes in one transaction. A delivery no longer pending (deleted with its
   * subscription, or finished by another instance after a lease ran out) is left as it is.
   */
  @Transactional
  public void recordAll(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);
    Set<String> failingSubscriptions = new LinkedHashSet<>();
    try (Connection c = dataSource.getConnection()) {
      List<Outcome> failed = recordDelivered(c, outcomes, now);
      if (failed.isEmpty()) {
        return;
      }
      Map<String, Pending> pending = lockPending(c, failed);
      try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE plt_webhook_delivery SET status = ?, attempts = ?, last_status = ?,"
                      + " delivered_at = ?, next_attempt_at = COALESCE(?, next_attempt_at),"
                      + " last_attempted_at = ?, last_latency_ms = ?, last_response_excerpt = ?,"
                      + " leased_until = NULL WHERE id = ?");
          PreparedStatement attempt = c.prepareStatement(INSERT_ATTEMPT)) {
        for (Outcome o : failed) {
          String id = o.job().deliveryId();
          Pending p = pending.remove(id); // a delivery's outcome is recorded once per batch
          if (p == null) {
            continue;
          }
          int attempts = p.attempts() + 1;
          DeliveryStatus status = DeliveryStatus.PENDING;
          OffsetDateTime retryAt = now.plus(backOff(attempts));
          if (retryAt.isAfter(p.createdAt().plus(giveUpAfter))) {
            status = DeliveryStatus.FAILED;
            retryAt = null;
            failingSubscriptions.add(p.subscriptionId());
          }
          update.setString(1, status.name());
          update.setInt(2, attempts);
          setInteger(update, 3, o.statusCode());
          setTime(update, 4, null);
          setTime(update, 5, retryAt);
          update.setObject(6, o.attemptedAt());
          update.setLong(7, o.latencyMs());
          update.setString(8, WebhookAttempt.excerptOf(o.excerpt()));
          update.setString(9, id);
          update.addBatch();
          addAttempt(attempt, id, attempts, o);
        }
        update.executeBatch();
        attempt.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record delivery outcomes", e);
    }
    markFailing(failingSubscriptions, now);
  }

  private void markFailing(Set<String> subscriptionIds, OffsetDateTime now) {
    for (String subscriptionId : subscriptionIds) {
      WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
      // The organisation sees in its subscription's audit history when and why it stopped.
      if (subscription != null && subscription.markFailing(now)) {
        audit.record(subscription, AuditAction.UPDATED, List.of("status"));
      }
    }
  }

  /**
   * Records what sending a stream read came to, in one transaction, if this instance still holds
   * the stream's lease: moves the subscription's position past the read and writes a row for each
   * event (delivered; pending a retry, with the failed attempt in the log; or parked behind a
   * delivery about the same subject). The lease's end stays, as when the stream was last served.
   * Returns false, writing nothing, when the lease is gone: the subscription was deleted, or the
   * lease ran out and another instance reads the stream again and sends these events again (at
   * least once).
   */
  @Transactional
  public boolean recordStream(
      DeliveryStreams.Claimed read,
      List<Outcome> sent,
      List<DeliveryStreams.StreamDelivery> parked) {
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);
    Map<String, DeliveryStreams.StreamDelivery> byId = new HashMap<>();
    read.toSend().forEach(d -> byId.put(d.job().deliveryId(), d));
    Set<String> failing = new LinkedHashSet<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement move =
          c.prepareStatement(
              "UPDATE plt_webhook_subscription SET stream_position = ?, stream_lease = NULL"
                  + " WHERE id = ? AND stream_lease = ?")) {
        move.setLong(1, read.upTo());
        move.setString(2, read.subscriptionId());
        move.setString(3, read.lease());
        if (move.executeUpdate() == 0) {
          return false;
        }
      }
      List<DeliveryRows.Row> rows = new ArrayList<>();
      try (PreparedStatement attempt = c.prepareStatement(INSERT_ATTEMPT)) {
        for (Outcome o : sent) {
          DeliveryStreams.StreamDelivery d = byId.get(o.job().deliveryId());
          DeliveryStatus status = DeliveryStatus.DELIVERED;
          OffsetDateTime next = o.attemptedAt();
          if (!o.delivered()) {
            status = DeliveryStatus.PENDING;
            next = now.plus(backOff(1));
            if (next.isAfter(read.claimedAt().plus(giveUpAfter))) {
              status = DeliveryStatus.FAILED;
              next = now;
              failing.add(read.subscriptionId());
            }
            addAttempt(attempt, d.job().deliveryId(), 1, o);
          }
          rows.add(
              new DeliveryRows.Row(
                  d.job().deliveryId(),
                  read.subscriptionId(),
                  d.job().eventId(),
                  d.subject(),
                  d.sequence(),
                  status,
                  1,
                  read.claimedAt(),
                  next,
                  o.statusCode(),
                  o.delivered() ? now : null,
                  o.attemptedAt(),
                  o.latencyMs(),
                  WebhookAttempt.excerptOf(o.excerpt())));
        }
        for (DeliveryStreams.StreamDelivery d : parked) {
          rows.add(
              DeliveryRows.parked(
                  d.job().deliveryId(),
                  read.subscriptionId(),
                  d.job().eventId(),
                  d.subject(),
                  d.sequence(),
                  read.claimedAt(),
                  now));
        }
        // Rows first: the attempts' rows refer to them.
        DeliveryRows.insert(c, rows);
        attempt.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record a stream's deliveries", e);
    }
    markFailing(failing, now);
    return true;
  }

  private static final String INSERT_ATTEMPT =
      "INSERT INTO plt_webhook_attempt (id, delivery_id, attempt_number, attempted_at,"
          + " status_code, latency_ms, error, response_excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private static void addAttempt(
      PreparedStatement attempt, String deliveryId, int number, Outcome o) throws SQLException {
    attempt.setString(1, UUID.randomUUID().toString());
    attempt.setString(2, deliveryId);
    attempt.setInt(3, number);
    attempt.setObject(4, o.attemptedAt());
    setInteger(attempt, 5, o.statusCode());
    attempt.setLong(6, o.latencyMs());
    attempt.setString(7, WebhookAttempt.excerptOf(o.error()));
    attempt.setString(8, WebhookAttempt.excerptOf(o.excerpt()));
    attempt.addBatch();
  }

  /**
   * Records the outcomes that delivered, in one batch: a delivered attempt needs nothing of the
   * delivery's row but its attempt count, which the statement adds to, so it takes no lock first
   * (the receiver answering 2xx is by far the common case). A delivery no longer pending is left as
   * it is: the condition is checked again after waiting for another instance's lock. Returns the
   * outcomes that did not deliver. One statement over arrays ({@code UPDATE … FROM unnest(…)}) was
   * tried on PostgreSQL and cost it more: with a queue's stale statistics the planner joined every
   * pending delivery to the batch rather than probe the primary key per outcome.
   */
  private static List<Outcome> recordDelivered(
      Connection c, List<Outcome> outcomes, OffsetDateTime now) throws SQLException {
    Map<String, Outcome> delivered = new TreeMap<>();
    List<Outcome> failed = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.delivered()) {
        delivered.putIfAbsent(o.job().deliveryId(), o); // recorded once
      } else {
        failed.add(o);
      }
    }
    if (delivered.isEmpty()) {
      return failed;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE plt_webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1,"
                + " last_status = ?, delivered_at = ?, last_attempted_at = ?, last_latency_ms = ?,"
                + " last_response_excerpt = ?, leased_until = NULL"
                + " WHERE id = ? AND status = 'PENDING'")) {
      for (Outcome o : delivered.values()) {
        update.setInt(1, o.statusCode());
        update.setObject(2, now);
        update.setObject(3, o.attemptedAt());
        update.setLong(4, o.latencyMs());
        update.setString(5, WebhookAttempt.excerptOf(o.excerpt()));
        update.setString(6, o.job().deliveryId());
        update.addBatch();
      }
      update.executeBatch();
    }
    return failed;
  }

  /** The outcomes' deliveries that are still pending, locked until this transaction ends. */
  private static Map<String, Pending> lockPending(Connection c, List<Outcome> outcomes)
      throws SQLException {
    List<String> ids =
        outcomes.stream().map(o -> o.job().deliveryId()).distinct().sorted().toList();
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, attempts, created_at, subscription_id FROM plt_webhook_delivery"
                + " WHERE status = 'PENDING' AND id IN (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    // Another instance recording the same delivery (its lease ran out) waits here, then sees it
    // finished.
    sql.append(") FOR UPDATE");
    Map<String, Pending> pending = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < ids.size(); i++) {
        select.setString(i + 1, ids.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          pending.put(
              rows.getString(1),
              new Pending(
                  rows.getInt(2), rows.getObject(3, OffsetDateTime.class), rows.getString(4)));
        }
      }
    }
    return pending;
  }

  private static void setTime(PreparedStatement statement, int index, OffsetDateTime value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, value);
    }
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
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
