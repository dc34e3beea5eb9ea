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
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.CloudEvent;
import uk.svkit.api.platform.events.StoredEvent;
import uk.svkit.api.platform.persistence.DatabaseProduct;

/**
 * Claims due deliveries for this instance by leasing them ({@code leased_until}), in a short
 * transaction of its own. {@code FOR UPDATE SKIP LOCKED} lets instances claim concurrently without
 * waiting on or taking each other's rows (PostgreSQL; H2 accepts it but applies it after the limit,
 * which only costs a single-instance H2 some claims); the lease, not a lock held while sending,
 * keeps a delivery with one instance, and its expiry hands the delivery of a crashed instance to
 * another. A delivery waits while an earlier one to the same subscription about the same subject is
 * pending: deliveries are in order per subject.
 *
 * <p>The claim reads pending deliveries in order and stops at the limit; its two conditions on
 * other rows are scalar subqueries, which PostgreSQL runs per row read (an index probe each) and
 * never turns into joins. Written as joins (IN, NOT EXISTS), the planner chose by statistics that
 * lag far behind a queue filling at thousands of rows a second: bench/events.sh caught it joining
 * every pending delivery to every other (2 s a claim with 20,000 pending), or sorting them all.
 */
@ApplicationScoped
public class DeliveryClaims {
  private static final String CLAIM =
      "SELECT d.id, d.subscription_id, d.event_id FROM plt_webhook_delivery d"
          + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?"
          + " AND (d.leased_until IS NULL OR d.leased_until < ?)"
          + "%s"
          + " AND (SELECT s.status FROM plt_webhook_subscription s WHERE s.id = d.subscription_id)"
          + " = 'ACTIVE'"
          + " AND d.sequence = (SELECT MIN(e.sequence) FROM plt_webhook_delivery e"
          + " WHERE e.subscription_id = d.subscription_id AND e.subject = d.subject"
          + " AND e.status = 'PENDING')"
          + " ORDER BY d.next_attempt_at, d.sequence"
          + " LIMIT ? FOR UPDATE SKIP LOCKED";

  /**
   * Query hints of the two JPA providers svkit runs on (Liberty's, WildFly's); each ignores the
   * other's.
   */
  private static final String ECLIPSELINK_READ_ONLY = "eclipselink.read-only";

  private static final String HIBERNATE_READ_ONLY = "org.hibernate.readOnly";

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Inject Clock clock;
  @Inject SecretSeal seal;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.lease", defaultValue = "PT2M")
  Duration lease;

  Duration lease() {
    return lease;
  }

  /** A delivery this instance has just leased. */
  private record Claimed(String id, String subscriptionId, String eventId) {}

  /**
   * Leases up to {@code max} claimable deliveries until {@code until}: picks and locks them, then
   * leases them by id. Not one {@code UPDATE … FROM (SELECT … LIMIT … FOR UPDATE SKIP LOCKED)} on
   * PostgreSQL: bench/events.sh caught the planner, misled by a queue's stale statistics, running
   * that subquery once per delivery row it joined (a claim that ran for minutes); two statements
   * leave it no such plan.
   */
  private List<Claimed> lease(
      String sql, OffsetDateTime now, OffsetDateTime until, int max, List<String> excluded) {
    List<Claimed> claimed = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      if (DatabaseProduct.isPostgres(c)) {
        // Only an index scan in claim order stops at the limit; a sort first evaluates the
        // subqueries on every pending delivery. The planner estimates pending rows from statistics
        // taken when there may have been none, and then a sort looks as cheap: for this
        // transaction's statements, it is ruled out.
        try (Statement set = c.createStatement()) {
          set.execute("SET LOCAL enable_sort = off");
        }
      }
      try (PreparedStatement claim = c.prepareStatement(sql)) {
        int p = 1;
        claim.setObject(p++, now);
        claim.setObject(p++, now);
        for (String subscriptionId : excluded) {
          claim.setString(p++, subscriptionId);
        }
        claim.setInt(p, max);
        try (ResultSet rows = claim.executeQuery()) {
          while (rows.next()) {
            claimed.add(new Claimed(rows.getString(1), rows.getString(2), rows.getString(3)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim deliveries", e);
    }
    if (!claimed.isEmpty()) {
      em.createQuery("update WebhookDelivery d set d.leasedUntil = :until where d.id in :ids")
          .setParameter("until", until)
          .setParameter("ids", claimed.stream().map(Claimed::id).toList())
          .executeUpdate();
    }
    return claimed;
  }

  /**
   * Whether an active subscription other than these exists (a statement far cheaper than a claim).
   */
  private boolean anyActiveBesides(List<String> excluded) {
    return !em.createQuery(
            "select s.id from WebhookSubscription s where s.status = :active and s.id not in :ids")
        .setParameter("active", SubscriptionStatus.ACTIVE)
        .setParameter("ids", excluded)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Extends the leases of deliveries this instance still has in flight, so that none runs out while
   * its request or outcome is on its way (another instance would send it again).
   */
  @Transactional
  public void renew(List<String> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    em.createQuery(
            "update WebhookDelivery d set d.leasedUntil = :until"
                + " where d.id in :ids and d.status = :pending")
        .setParameter("until", now.plus(lease))
        .setParameter("ids", deliveryIds)
        .setParameter("pending", DeliveryStatus.PENDING)
        .executeUpdate();
  }

  /**
   * Leases up to {@code max} due deliveries, none for the subscriptions in {@code saturated} (those
   * with as many requests in flight from this instance as one subscription may have, so a slow
   * receiver cannot take every slot).
   */
  @Transactional
  public List<DeliveryJob> claim(int max, Set<String> saturated) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    List<String> excluded = List.copyOf(saturated);
    StringBuilder exclusion = new StringBuilder();
    if (!excluded.isEmpty()) {
      exclusion.append(" AND d.subscription_id NOT IN (");
      for (int i = 0; i < excluded.size(); i++) {
        exclusion.append(i == 0 ? "?" : ", ?");
      }
      exclusion.append(')');
    }
    if (!excluded.isEmpty() && !anyActiveBesides(excluded)) {
      // Every subscription is busy here: the claim could only come back empty.
      return List.of();
    }
    List<Claimed> deliveries =
        lease(String.format(CLAIM, exclusion), now, now.plus(lease), max, excluded);
    if (deliveries.isEmpty()) {
      return List.of();
    }
    // Read, never changed here: read-only, so the provider keeps no copy of each to compare at
    // commit (for a claim of 256 deliveries, a few hundred events).
    Map<String, WebhookSubscription> subscriptions = new HashMap<>();
    Map<String, StoredEvent> events = new HashMap<>();
    em.createQuery(
            "select s from WebhookSubscription s where s.id in :ids", WebhookSubscription.class)
        .setParameter("ids", deliveries.stream().map(Claimed::subscriptionId).distinct().toList())
        .setHint(ECLIPSELINK_READ_ONLY, "true")
        .setHint(HIBERNATE_READ_ONLY, true)
        .getResultList()
        .forEach(s -> subscriptions.put(s.id(), s));
    em.createQuery("select e from StoredEvent e where e.id in :ids", StoredEvent.class)
        .setParameter("ids", deliveries.stream().map(Claimed::eventId).distinct().toList())
        .setHint(ECLIPSELINK_READ_ONLY, "true")
        .setHint(HIBERNATE_READ_ONLY, true)
        .getResultList()
        .forEach(e -> events.put(e.id(), e));
    // An event goes to every subscription that matches it: its JSON is written once.
    Map<String, String> bodies = new HashMap<>();
    // Opened once per subscription, not per delivery: unsealing is AES-GCM.
    Map<String, List<String>> secrets = new HashMap<>();
    List<DeliveryJob> jobs = new ArrayList<>();
    for (Claimed d : deliveries) {
      WebhookSubscription s = subscriptions.get(d.subscriptionId());
      StoredEvent e = events.get(d.eventId());
      jobs.add(
          new DeliveryJob(
              d.id(),
              s.id(),
              e.id(),
              s.url(),
              secrets.computeIfAbsent(
                  s.id(), id -> s.signingSecrets(now).stream().map(seal::open).toList()),
              bodies.computeIfAbsent(e.id(), id -> CloudEvent.toJson(e))));
    }
    return jobs;
  }
}
