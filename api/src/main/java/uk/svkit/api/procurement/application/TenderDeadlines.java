package uk.svkit.api.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.events.Occurrences;
import uk.svkit.api.platform.events.TimeBasedEvents;
import uk.svkit.api.procurement.domain.TenderRepository;

/**
 * {@code tender.closed}: a tender's deadline passed. Told to the buyer and to every bidder, once,
 * for deadlines within the look-back ({@code svkit.events.lookback}), so a server that was down
 * when a deadline passed still tells it.
 */
@ApplicationScoped
public class TenderDeadlines implements TimeBasedEvents {
  private static final String KEY = "tender.closed:";

  @Inject TenderRepository tenders;
  @Inject EventRecorder events;

  @Inject
  @ConfigProperty(name = "svkit.events.lookback", defaultValue = "P30D")
  Duration lookback;

  @Override
  public void emitDue(Instant now, Occurrences occurrences) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    for (Object[] row : tenders.closedUntold(at.minus(lookback), at, KEY)) {
      String tenderId = (String) row[0];
      occurrences.once(
          KEY + tenderId,
          () -> {
            List<String> recipients = new ArrayList<>();
            recipients.add((String) row[1]);
            recipients.addAll(tenders.bidders(tenderId));
            events.record(
                EventTypes.TENDER_CLOSED,
                "tenders/" + tenderId,
                EventRecorder.data(
                    "tenderId", tenderId, "buyerTenderId", row[2], "deadline", row[3]),
                recipients.toArray(String[]::new));
          });
    }
  }
}
