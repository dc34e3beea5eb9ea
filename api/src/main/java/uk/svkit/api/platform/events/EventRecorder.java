package uk.svkit.api.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes events into the outbox, in the caller's transaction (MANDATORY: an event written outside
 * the transaction of its change could outlive a rollback). Services call it with one line after the
 * change: the type, the subject (the resource path the event is about, relative to {@code
 * /api/v1}), the data, and the organisations to tell. Each recipient gets its own copy, so callers
 * pass data every recipient may read through the API, or record twice with different data.
 */
@ApplicationScoped
public class EventRecorder {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject Clock clock;

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject Event<EventsRecorded> recorded;

  @Inject
  @ConfigProperty(name = "svkit.events.source", defaultValue = "urn:svkit")
  String source;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String type, String subject, Map<String, ?> data, String... recipientOrganisationIds) {
    String json = EventData.toJson(data);
    OffsetDateTime now = now();
    for (String recipient : recipients(recipientOrganisationIds)) {
      em.persist(new StoredEvent(recipient, type, source, subject, now, json, null));
    }
    announce();
  }

  /** One event to record with {@link #recordAll}. */
  public record Emission(
      String type, String subject, Map<String, ?> data, String... recipientOrganisationIds) {}

  /**
   * Records many events in one JDBC batch on the transaction's connection, for bulk writes (a
   * thousand returns in one request) where an ORM insert per event would cost more than the write
   * it reports.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(List<Emission> emissions) {
    if (emissions.isEmpty()) {
      return;
    }
    OffsetDateTime now = now();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO plt_event (id, recipient_organisation_id, type, source, subject, occurred_at, data)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Emission e : emissions) {
        String json = EventData.toJson(e.data());
        for (String recipient : recipients(e.recipientOrganisationIds())) {
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, recipient);
          insert.setString(3, e.type());
          insert.setString(4, source);
          insert.setString(5, e.subject());
          insert.setObject(6, now);
          insert.setString(7, json);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record events", e);
    }
    announce();
  }

  /**
   * Records an event about public data (a need on the noticeboard): it is in every organisation's
   * feed and goes to every subscription to its type, whichever organisation owns it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordPublic(String type, String subject, Map<String, ?> data) {
    em.persist(
        new StoredEvent(
            StoredEvent.PUBLIC, type, source, subject, now(), EventData.toJson(data), null));
    announce();
  }

  /** A ping for one subscription of one organisation, delivered only to that subscription. */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoredEvent recordPing(String organisationId, String subscriptionId) {
    StoredEvent ping =
        new StoredEvent(
            organisationId,
            EventTypes.WEBHOOK_PING,
            source,
            "webhooks/" + subscriptionId,
            now(),
            EventData.toJson(Map.of("subscriptionId", subscriptionId)),
            subscriptionId);
    em.persist(ping);
    announce();
    return ping;
  }

  /**
   * The data of an event from alternating names and values, in that order; null values are left out
   * (CloudEvents consumers read absent and null alike).
   */
  public static Map<String, Object> data(Object... namesAndValues) {
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      // Native queries hand back JDBC types (which vary by driver); events carry java.time.
      if (value instanceof java.sql.Timestamp t) {
        value = t.toInstant().atOffset(ZoneOffset.UTC);
      } else if (value instanceof java.sql.Date d) {
        value = d.toLocalDate();
      } else if (value instanceof OffsetDateTime t) {
        value = t.withOffsetSameInstant(ZoneOffset.UTC);
      }
      if (value != null) {
        data.put((String) namesAndValues[i], value);
      }
    }
    return data;
  }

  /**
   * Tells the sequencer, once per transaction and only if it commits, that there are events to
   * number (its observer runs after commit), so they go out without waiting for the next poll.
   */
  private void announce() {
    if (transactions.getResource(EventsRecorded.class) == null) {
      transactions.putResource(EventsRecorded.class, Boolean.TRUE);
      recorded.fire(new EventsRecorded());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }

  private static Set<String> recipients(String[] ids) {
    Set<String> recipients = new LinkedHashSet<>();
    Arrays.stream(ids).filter(Objects::nonNull).forEach(recipients::add);
    return recipients;
  }
}
