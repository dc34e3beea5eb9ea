package uk.svkit.api.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.events.Occurrences;
import uk.svkit.api.platform.events.TimeBasedEvents;

/**
 * {@code award.expiring}: an award expires within {@code svkit.events.award-expiring-days} (30)
 * days. Told to the award holder once per award and expiry date (a renewal is a new award), also
 * when the server was down on the day the window opened.
 */
@ApplicationScoped
public class AwardExpiries implements TimeBasedEvents {
  private static final String KEY = "award.expiring:";

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject EventRecorder events;

  @Inject
  @ConfigProperty(name = "svkit.events.award-expiring-days", defaultValue = "30")
  int daysBefore;

  @Override
  public void emitDue(Instant now, Occurrences occurrences) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object[]> expiring =
        em.createNativeQuery(
                "SELECT a.id, a.owner_organisation_id, a.programme_id, a.expires_on FROM rec_award_application a"
                    + " WHERE a.status = 'AWARDED' AND a.expires_on > ?1 AND a.expires_on <= ?2"
                    + " AND NOT EXISTS (SELECT 1 FROM plt_event_occurrence o"
                    + " WHERE o.occurrence_key = '"
                    + KEY
                    + "' || a.id) ORDER BY a.expires_on")
            .setParameter(1, today)
            .setParameter(2, today.plusDays(daysBefore))
            .getResultList();
    for (Object[] row : expiring) {
      String id = (String) row[0];
      occurrences.once(
          KEY + id,
          () ->
              events.record(
                  EventTypes.AWARD_EXPIRING,
                  "awards/" + id,
                  EventRecorder.data(
                      "awardId",
                      id,
                      "programmeId",
                      row[2],
                      "expiresOn",
                      row[3],
                      "daysBefore",
                      daysBefore),
                  (String) row[1]));
    }
  }
}
