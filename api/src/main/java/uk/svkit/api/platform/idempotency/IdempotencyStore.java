package uk.svkit.api.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.time.Timestamps;

/**
 * Idempotency records in the database, used inside the transaction the filter opened, so the record
 * and the business write commit (or roll back) together.
 */
@ApplicationScoped
public class IdempotencyStore {
  private static final long PURGE_INTERVAL_MILLIS = 60_000;

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "svkit.idempotency.ttl", defaultValue = "PT24H")
  String ttl;

  private final AtomicLong lastPurge = new AtomicLong();

  IdempotencyRecord find(String scope, String key) {
    IdempotencyRecord.Key id = new IdempotencyRecord.Key();
    id.scope = scope;
    id.idempotencyKey = key;
    IdempotencyRecord record = em.find(IdempotencyRecord.class, id);
    if (record != null && record.isExpired(now())) {
      em.remove(record);
      em.flush();
      return null;
    }
    return record;
  }

  IdempotencyRecord reserve(String scope, String key, String requestHash) {
    purgeExpiredNowAndThen();
    OffsetDateTime now = now();
    IdempotencyRecord record =
        new IdempotencyRecord(scope, key, requestHash, now, now.plus(Duration.parse(ttl)));
    em.persist(record);
    em.flush();
    return record;
  }

  void complete(IdempotencyRecord record, int status, String body, String location, String etag) {
    em.merge(record).complete(status, body, location, etag);
    em.flush();
  }

  private void purgeExpiredNowAndThen() {
    long last = lastPurge.get();
    long nowMillis = clock.millis();
    if (nowMillis - last > PURGE_INTERVAL_MILLIS && lastPurge.compareAndSet(last, nowMillis)) {
      em.createQuery("delete from IdempotencyRecord r where r.expiresAt < :now")
          .setParameter("now", now())
          .executeUpdate();
    }
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
