package uk.svkit.api.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.security.Tenancy;

/** Subscriptions, visible only to their organisation and platform admins (others get 404). */
@ApplicationScoped
public class WebhookSubscriptionRepository extends Repository<WebhookSubscription> {
  @jakarta.annotation.Resource(lookup = "jdbc/svkit")
  javax.sql.DataSource dataSource;

  public WebhookSubscriptionRepository() {
    super(WebhookSubscription.class, "Webhook subscription");
  }

  public List<WebhookSubscription> list(OffsetDateTime afterCreated, String afterId, int fetch) {
    String scope = Tenancy.listScope();
    StringBuilder jpql = new StringBuilder("select s from WebhookSubscription s where 1 = 1");
    if (scope != null) {
      jpql.append(" and s.ownerOrganisationId = :scope");
    }
    if (afterId != null) {
      jpql.append(" and (s.createdAt > :afterAt or (s.createdAt = :afterAt and s.id > :afterId))");
    }
    jpql.append(" order by s.createdAt, s.id");
    var query = em.createQuery(jpql.toString(), WebhookSubscription.class);
    if (scope != null) {
      query.setParameter("scope", scope);
    }
    if (afterId != null) {
      query.setParameter("afterAt", afterCreated).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /** Every subscription of these organisations, for fan-out (system work, no tenancy). */
  List<WebhookSubscription> ofOrganisations(Collection<String> organisationIds) {
    return em.createQuery(
            "select s from WebhookSubscription s where s.ownerOrganisationId in :orgs",
            WebhookSubscription.class)
        .setParameter("orgs", organisationIds)
        .getResultList();
  }

  /** Every subscription naming this type, of any organisation (for events about public data). */
  List<WebhookSubscription> toType(String type) {
    // The LIKE narrows the candidates; accepts() decides exactly.
    return em
        .createQuery(
            "select s from WebhookSubscription s where s.eventTypes like :pattern",
            WebhookSubscription.class)
        .setParameter("pattern", "%" + type + "%")
        .getResultList()
        .stream()
        .filter(s -> s.accepts(type))
        .toList();
  }

  List<WebhookDelivery> deliveries(
      String subscriptionId, OffsetDateTime afterCreated, String afterId, int fetch) {
    StringBuilder jpql =
        new StringBuilder("select d from WebhookDelivery d where d.subscriptionId = :subscription");
    if (afterId != null) {
      jpql.append(" and (d.createdAt < :afterAt or (d.createdAt = :afterAt and d.id < :afterId))");
    }
    jpql.append(" order by d.createdAt desc, d.id desc");
    var query =
        em.createQuery(jpql.toString(), WebhookDelivery.class)
            .setParameter("subscription", subscriptionId);
    if (afterId != null) {
      query.setParameter("afterAt", afterCreated).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  List<WebhookAttempt> attempts(Collection<String> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from WebhookAttempt a where a.deliveryId in :ids order by a.attemptNumber",
            WebhookAttempt.class)
        .setParameter("ids", deliveryIds)
        .getResultList();
  }

  WebhookDelivery delivery(String id) {
    return id == null || id.length() > 36 ? null : em.find(WebhookDelivery.class, id);
  }

  void addDelivery(WebhookDelivery delivery) {
    em.persist(delivery);
  }

  /** The feed's last event number: where a subscription created now starts reading. */
  long feedPosition() {
    return ((Number)
            em.createNativeQuery("SELECT last_value FROM plt_event_counter WHERE name = 'feed'")
                .getSingleResult())
        .longValue();
  }

  /**
   * Tells each subscription's stream that events up to the given number match it (the sequencer's
   * transaction, once per subscription and batch). In id order, as every writer of several
   * subscription rows goes, so two of them never wait on each other in a cycle.
   */
  void markMatched(java.util.SortedMap<String, Long> matchedUpTo) {
    if (matchedUpTo.isEmpty()) {
      return;
    }
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement mark =
            c.prepareStatement(
                "UPDATE plt_webhook_subscription SET stream_matched = ?"
                    + " WHERE id = ? AND stream_matched < ?")) {
      for (var m : matchedUpTo.entrySet()) {
        mark.setLong(1, m.getValue());
        mark.setString(2, m.getKey());
        mark.setLong(3, m.getValue());
        mark.addBatch();
      }
      mark.executeBatch();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not mark subscriptions' streams", e);
    }
  }
}
