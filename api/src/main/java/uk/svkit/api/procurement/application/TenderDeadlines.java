package uk.svkit.api.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.events.Occurrences;
import uk.svkit.api.platform.events.TimeBasedEvents;

/**
 * {@code tender.closed}: a tender's deadline passed. Told to the buyer and to every bidder, once,
 * for deadlines within the look-back ({@code svkit.events.lookback}), so a server that was down
 * when a deadline passed still tells it.
 */
@ApplicationScoped
public class TenderDeadlines implements TimeBasedEvents {
  private static final String KEY = "tender.closed:";

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject EventRecorder events;

  @Inject
  @ConfigProperty(name = "svkit.events.lookback", defaultValue = "P30D")
  Duration lookback;

  @Override
  public void emitDue(Instant now, Occurrences occurrences) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object[]> closed =
        em.createNativeQuery(
                "SELECT t.id, t.owner_organisation_id, t.buyer_tender_id, t.deadline FROM prc_tender t"
                    + " WHERE t.deadline <= ?1 AND t.deadline > ?2 AND NOT EXISTS (SELECT 1 FROM plt_event_occurrence o"
                    + " WHERE o.occurrence_key = '"
                    + KEY
                    + "' || t.id) ORDER BY t.deadline")
            .setParameter(1, at)
            .setParameter(2, at.minus(lookback))
            .getResultList();
    for (Object[] row : closed) {
      String tenderId = (String) row[0];
      occurrences.once(
          KEY + tenderId,
          () -> {
            @SuppressWarnings("unchecked")
            List<String> bidders =
                em.createNativeQuery(
                        "SELECT owner_organisation_id FROM prc_bid WHERE tender_id = ?1")
                    .setParameter(1, tenderId)
                    .getResultList();
            String[] recipients = new String[bidders.size() + 1];
            recipients[0] = (String) row[1];
            for (int i = 0; i < bidders.size(); i++) {
              recipients[i + 1] = bidders.get(i);
            }
            events.record(
                EventTypes.TENDER_CLOSED,
                "tenders/" + tenderId,
                EventRecorder.data(
                    "tenderId", tenderId, "buyerTenderId", row[2], "deadline", row[3]),
                recipients);
          });
    }
  }
}
