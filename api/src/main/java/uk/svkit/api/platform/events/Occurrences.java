package uk.svkit.api.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.svkit.api.platform.persistence.UniqueViolations;
import uk.svkit.api.platform.request.Loggers;

/**
 * Emits a time-based occurrence exactly once across runs and instances. Each occurrence commits in
 * its own transaction with its key in {@code plt_event_occurrence}: the key's primary key lets only
 * one instance's insert commit, and the events that instance recorded commit with it.
 */
@ApplicationScoped
public class Occurrences {
  private static final Logger LOG = Loggers.of(Occurrences.class);

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject Clock clock;
  @Inject Occurrences self;

  /**
   * Runs {@code emit} (which records events) once for this key; returns whether it ran now. A key
   * names the occurrence, e.g. {@code return.due:<kpi>:<periodStart>}.
   */
  public boolean once(String key, Runnable emit) {
    try {
      return self.inOwnTransaction(key, emit);
    } catch (RuntimeException e) {
      if (UniqueViolations.isAny(e)) {
        return false; // another instance emitted it first
      }
      LOG.log(Level.WARNING, "Time-based event " + key + " failed; the next run retries", e);
      return false;
    }
  }

  /**
   * The keys among these that were emitted already, read in one query, so that a scan over many
   * records spends a transaction only on what is new.
   */
  @Transactional
  public Set<String> emitted(Collection<String> keys) {
    Set<String> emitted = new HashSet<>();
    List<String> all = List.copyOf(keys);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      StringBuilder marks = new StringBuilder();
      for (int i = 1; i <= chunk.size(); i++) {
        marks.append(i == 1 ? "?" : ",?").append(i);
      }
      Query query =
          em.createNativeQuery(
              "SELECT occurrence_key FROM plt_event_occurrence WHERE occurrence_key IN ("
                  + marks
                  + ")");
      for (int i = 0; i < chunk.size(); i++) {
        query.setParameter(i + 1, chunk.get(i));
      }
      for (Object key : query.getResultList()) {
        emitted.add((String) key);
      }
    }
    return emitted;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean inOwnTransaction(String key, Runnable emit) {
    if (em.createNativeQuery("SELECT 1 FROM plt_event_occurrence WHERE occurrence_key = ?1")
            .setParameter(1, key)
            .getResultList()
            .size()
        > 0) {
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO plt_event_occurrence (occurrence_key, recorded_at) VALUES (?1, ?2)")
        .setParameter(1, key)
        .setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .executeUpdate();
    emit.run();
    return true;
  }
}
