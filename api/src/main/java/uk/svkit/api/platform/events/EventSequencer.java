package uk.svkit.api.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Numbers committed events in the order they are first seen committed. Ids or timestamps given at
 * insert are not commit order (a long transaction commits its earlier-stamped events after a short
 * one), and a feed reader that resumed after a later number would skip them; a number handed out
 * here after commit never falls behind a number already read. The counter row's lock makes one
 * instance number at a time.
 */
@ApplicationScoped
public class EventSequencer {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject Event<EventsSequenced> sequenced;

  /** Numbers up to {@code batch} committed events; returns how many it numbered. */
  @Transactional
  public int sequenceBatch(int batch) {
    long last =
        ((Number)
                em.createNativeQuery(
                        "SELECT last_value FROM plt_event_counter WHERE name = 'feed' FOR UPDATE")
                    .getSingleResult())
            .longValue();
    List<StoredEvent> pending =
        em.createQuery(
                "select e from StoredEvent e where e.sequence is null order by e.occurredAt, e.id",
                StoredEvent.class)
            .setMaxResults(batch)
            .getResultList();
    if (pending.isEmpty()) {
      return 0;
    }
    for (StoredEvent event : pending) {
      event.numbered(++last);
    }
    em.createNativeQuery("UPDATE plt_event_counter SET last_value = ?1 WHERE name = 'feed'")
        .setParameter(1, last)
        .executeUpdate();
    em.flush();
    sequenced.fire(new EventsSequenced(pending));
    return pending.size();
  }
}
