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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import uk.svkit.api.platform.events.CloudEvent;
import uk.svkit.api.platform.events.StoredEvent;

/**
 * Reads subscriptions' events from the feed, in order, each from its own position: the common path
 * of a delivery, with no queued row before the attempt. An instance leases a subscription's stream
 * ({@code stream_lease}, until {@code stream_leased_until}), sends what it read, and then, in one
 * transaction, writes a row for each attempt and moves the position past them, if it still holds
 * the lease. A crashed instance's lease runs out and another reads the stream again from the same
 * position: at least once, never lost.
 *
 * <p>Order per subject holds across the two paths: an event whose subject has a delivery pending a
 * retry (or parked behind one) is not sent but parked behind it, and the queue ({@link
 * DeliveryClaims}) sends them in order. Within a read, the dispatcher sends a subject's events one
 * after another and parks the rest when one fails.
 *
 * <p>Why not a queued row per delivery: writing it, claiming it, leasing it and recording its
 * outcome cost four statements a delivery, and the queue's claim plans followed statistics that lag
 * behind a table churning at thousands of rows a second (bench/events.sh: claims of seconds, and
 * bulk ingest 29 % slower while delivering 1,000 a second). A stream reads a range of the feed's
 * index by recipient and number.
 */
@ApplicationScoped
public class DeliveryStreams {
  /** Subscriptions one claim looks at; the rest wait for the next claim. */
  private static final int SUBSCRIPTIONS_PER_CLAIM = 16;

  private static final String CLAIMABLE =
      "SELECT id, stream_position, stream_matched FROM plt_webhook_subscription"
          + " WHERE status = 'ACTIVE' AND stream_matched > stream_position"
          + " AND (stream_lease IS NULL OR stream_leased_until < ?)"
          + "%s"
          // Least recently leased first: a recorded read leaves its lease's end as when it was
          // served, so no subscription waits behind others that always have work.
          + " ORDER BY stream_leased_until NULLS FIRST"
          + " LIMIT ? FOR UPDATE SKIP LOCKED";

  private static final String EVENTS =
      "SELECT "
          + StoredEvent.COLUMNS
          + ", sequence FROM plt_event"
          + " WHERE recipient_organisation_id = ? AND sequence > ? AND sequence <= ?"
          + " ORDER BY sequence LIMIT ?";

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Inject Clock clock;
  @Inject SecretSeal seal;

  /** The lease's length is the one deliveries in the queue have ({@code svkit.webhooks.lease}). */
  @Inject DeliveryClaims claims;

  /** One event of a stream read, to send or to park. */
  record StreamDelivery(DeliveryJob job, String subject, long sequence) {}

  /**
   * A stream this instance has read and leased: what to send, in order; what is parked behind a
   * pending delivery about the same subject; and the position once they are recorded.
   */
  record Claimed(
      String subscriptionId,
      String lease,
      long upTo,
      OffsetDateTime claimedAt,
      List<StreamDelivery> toSend,
      List<StreamDelivery> parked) {}

  private record Position(String subscriptionId, long position, long matched) {}

  /**
   * Reads and leases up to {@code maxEvents} events to send, from the streams of active
   * subscriptions with matched events beyond their position, other than {@code excluded}. A read
   * that finds nothing to send (events of other types, or all parked) moves its position here and
   * now, with no lease.
   */
  @Transactional
  public List<Claimed> claim(int maxEvents, Set<String> excluded) {
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);
    List<Claimed> claimed = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      List<Position> positions = claimable(c, now, excluded);
      if (positions.isEmpty()) {
        return claimed;
      }
      Map<String, WebhookSubscription> subscriptions = new HashMap<>();
      em.createQuery(
              "select s from WebhookSubscription s where s.id in :ids", WebhookSubscription.class)
          .setParameter("ids", positions.stream().map(Position::subscriptionId).toList())
          .setHint("eclipselink.read-only", "true")
          .setHint("org.hibernate.readOnly", true)
          .getResultList()
          .forEach(s -> subscriptions.put(s.id(), s));
      EventMatcher matcher = new EventMatcher();
      List<Position> moved = new ArrayList<>();
      List<DeliveryRows.Row> parkedNow = new ArrayList<>();
      int budget = maxEvents;
      for (Position p : positions) {
        if (budget <= 0) {
          break;
        }
        WebhookSubscription s = subscriptions.get(p.subscriptionId());
        Read read = read(c, s, p, budget, matcher);
        List<StoredEvent> parked = new ArrayList<>();
        List<StoredEvent> toSend = new ArrayList<>();
        Set<String> pending = pendingSubjects(c, s.id(), read.matched());
        for (StoredEvent e : read.matched()) {
          (pending.contains(e.subject()) ? parked : toSend).add(e);
        }
        if (toSend.isEmpty()) {
          parked.forEach(
              e ->
                  parkedNow.add(
                      DeliveryRows.parked(
                          UUID.randomUUID().toString(),
                          s.id(),
                          e.id(),
                          e.subject(),
                          e.sequence(),
                          now,
                          now)));
          moved.add(new Position(s.id(), read.upTo(), read.upTo()));
          continue;
        }
        budget -= toSend.size();
        List<String> secrets = s.signingSecrets(now).stream().map(seal::open).toList();
        claimed.add(
            new Claimed(
                s.id(),
                UUID.randomUUID().toString(),
                read.upTo(),
                now,
                toSend.stream().map(e -> delivery(s, e, secrets)).toList(),
                parked.stream().map(e -> delivery(s, e, secrets)).toList()));
      }
      DeliveryRows.insert(c, parkedNow);
      move(c, moved);
      lease(c, claimed, now.plus(claims.lease()));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read subscriptions' streams", e);
    }
    return claimed;
  }

  /** Extends the leases of streams this instance is still sending, by subscription and lease. */
  @Transactional
  public void renew(Map<String, String> leases) {
    if (leases.isEmpty()) {
      return;
    }
    OffsetDateTime until =
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plus(claims.lease());
    try (Connection c = dataSource.getConnection();
        PreparedStatement renew =
            c.prepareStatement(
                "UPDATE plt_webhook_subscription SET stream_leased_until = ?"
                    + " WHERE id = ? AND stream_lease = ?")) {
      for (var l : new java.util.TreeMap<>(leases).entrySet()) {
        renew.setObject(1, until);
        renew.setString(2, l.getKey());
        renew.setString(3, l.getValue());
        renew.addBatch();
      }
      renew.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not renew stream leases", e);
    }
  }

  private static DeliveryStreams.StreamDelivery delivery(
      WebhookSubscription s, StoredEvent e, List<String> secrets) {
    return new StreamDelivery(
        new DeliveryJob(
            UUID.randomUUID().toString(), s.id(), e.id(), s.url(), secrets, CloudEvent.toJson(e)),
        e.subject(),
        e.sequence());
  }

  /** Streams with work, locked (skipping those another transaction holds) until this one ends. */
  private static List<Position> claimable(Connection c, OffsetDateTime now, Set<String> excluded)
      throws SQLException {
    List<String> skip = List.copyOf(excluded);
    StringBuilder exclusion = new StringBuilder();
    if (!skip.isEmpty()) {
      exclusion.append(" AND id NOT IN (");
      for (int i = 0; i < skip.size(); i++) {
        exclusion.append(i == 0 ? "?" : ", ?");
      }
      exclusion.append(')');
    }
    List<Position> positions = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(String.format(CLAIMABLE, exclusion))) {
      int i = 1;
      select.setObject(i++, now);
      for (String id : skip) {
        select.setString(i++, id);
      }
      select.setInt(i, SUBSCRIPTIONS_PER_CLAIM);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          positions.add(new Position(rows.getString(1), rows.getLong(2), rows.getLong(3)));
        }
      }
    }
    return positions;
  }

  /** What a read of a stream found: the events the subscription is told, and how far it read. */
  private record Read(List<StoredEvent> matched, long upTo) {}

  /**
   * The subscription's organisation's events and the public ones after its position, up to what the
   * sequencer saw match, at most {@code limit} of them in number order.
   */
  private static Read read(
      Connection c, WebhookSubscription s, Position p, int limit, EventMatcher matcher)
      throws SQLException {
    long upTo = p.matched();
    List<StoredEvent> read = new ArrayList<>();
    for (String recipient : List.of(s.ownerOrganisationId(), StoredEvent.PUBLIC)) {
      List<StoredEvent> events = events(c, recipient, p.position(), p.matched(), limit);
      if (events.size() == limit) {
        // Events after the last one read here are not read yet: the position stops at it.
        upTo = Math.min(upTo, events.get(events.size() - 1).sequence());
      }
      read.addAll(events);
    }
    read.sort(Comparator.comparing(StoredEvent::sequence));
    if (read.size() > limit) {
      read = read.subList(0, limit);
      upTo = Math.min(upTo, read.get(limit - 1).sequence());
    }
    List<StoredEvent> matched = new ArrayList<>();
    for (StoredEvent e : read) {
      if (e.sequence() <= upTo && matcher.matches(s, e)) {
        matched.add(e);
      }
    }
    return new Read(matched, upTo);
  }

  private static List<StoredEvent> events(
      Connection c, String recipient, long after, long upTo, int limit) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(EVENTS)) {
      select.setString(1, recipient);
      select.setLong(2, after);
      select.setLong(3, upTo);
      select.setInt(4, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(StoredEvent.read(rows, rows.getLong(9)));
        }
      }
    }
    return events;
  }

  /** Of these events' subjects, those with a delivery to the subscription pending. */
  private static Set<String> pendingSubjects(
      Connection c, String subscriptionId, List<StoredEvent> events) throws SQLException {
    List<String> subjects = events.stream().map(StoredEvent::subject).distinct().toList();
    Set<String> pending = new HashSet<>();
    if (subjects.isEmpty()) {
      return pending;
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT DISTINCT subject FROM plt_webhook_delivery"
                + " WHERE subscription_id = ? AND status = 'PENDING' AND subject IN (");
    for (int i = 0; i < subjects.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(')');
    try (PreparedStatement select = c.prepareStatement(sql.toString())) {
      select.setString(1, subscriptionId);
      for (int i = 0; i < subjects.size(); i++) {
        select.setString(i + 2, subjects.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          pending.add(rows.getString(1));
        }
      }
    }
    return pending;
  }

  /** Moves positions of streams read with nothing to send (locked by this transaction). */
  private static void move(Connection c, List<Position> moved) throws SQLException {
    if (moved.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE plt_webhook_subscription SET stream_position = ? WHERE id = ?")) {
      for (Position p : moved) {
        update.setLong(1, p.position());
        update.setString(2, p.subscriptionId());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static void lease(Connection c, List<Claimed> claimed, OffsetDateTime until)
      throws SQLException {
    if (claimed.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE plt_webhook_subscription SET stream_lease = ?, stream_leased_until = ?"
                + " WHERE id = ?")) {
      for (Claimed s : claimed) {
        update.setString(1, s.lease());
        update.setObject(2, until);
        update.setString(3, s.subscriptionId());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
