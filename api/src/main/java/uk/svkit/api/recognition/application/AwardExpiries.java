package uk.svkit.api.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.events.Occurrences;
import uk.svkit.api.platform.events.TimeBasedEvents;
import uk.svkit.api.recognition.domain.AwardApplicationRepository;

/**
 * {@code award.expiring}: an award expires within {@code svkit.events.award-expiring-days} (30)
 * days. Told to the award holder once per award and expiry date (a renewal is a new award), also
 * when the server was down on the day the window opened.
 */
@ApplicationScoped
public class AwardExpiries implements TimeBasedEvents {
  private static final String KEY = "award.expiring:";

  @Inject AwardApplicationRepository applications;
  @Inject EventRecorder events;

  @Inject
  @ConfigProperty(name = "svkit.events.award-expiring-days", defaultValue = "30")
  int daysBefore;

  @Override
  public void emitDue(Instant now, Occurrences occurrences) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (Object[] row : applications.expiringUntold(today, today.plusDays(daysBefore), KEY)) {
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
