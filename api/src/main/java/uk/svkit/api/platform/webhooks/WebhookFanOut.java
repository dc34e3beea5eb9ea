package uk.svkit.api.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.svkit.api.platform.events.CloudEvent;
import uk.svkit.api.platform.events.EventsSequenced;
import uk.svkit.api.platform.events.StoredEvent;

/**
 * Turns numbered events into deliveries, one per matching subscription of the recipient, in the
 * sequencer's transaction. A subscription matches by type, from its creation on; a ping matches
 * only its target.
 */
@ApplicationScoped
public class WebhookFanOut {
  @Inject WebhookSubscriptionRepository subscriptions;
  @Inject Clock clock;

  void on(@Observes EventsSequenced sequenced) {
    List<StoredEvent> events = sequenced.events();
    Map<String, List<WebhookSubscription>> byOrganisation =
        subscriptions
            .ofOrganisations(
                events.stream().map(StoredEvent::recipientOrganisationId).distinct().toList())
            .stream()
            .collect(Collectors.groupingBy(WebhookSubscription::ownerOrganisationId));
    Map<String, List<WebhookSubscription>> byPublicType = new java.util.HashMap<>();
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);
    Map<String, EventFilters> filtersOf = new java.util.HashMap<>();
    List<WebhookDelivery> deliveries = new java.util.ArrayList<>();
    for (StoredEvent event : events) {
      JsonObject data = null;
      List<WebhookSubscription> candidates =
          event.isPublic()
              ? byPublicType.computeIfAbsent(event.type(), subscriptions::toType)
              : byOrganisation.getOrDefault(event.recipientOrganisationId(), List.of());
      for (WebhookSubscription s : candidates) {
        if (event.occurredAt().isBefore(s.createdAt())) {
          // Numbering runs behind recording: an event that happened before the subscription
          // existed is not its to deliver (the feed has it).
          continue;
        }
        boolean matches;
        if (event.targetSubscriptionId() != null) {
          matches = event.targetSubscriptionId().equals(s.id());
        } else {
          EventFilters filters = filtersOf.computeIfAbsent(s.id(), id -> s.filters());
          if (s.accepts(event.type()) && !filters.byField().isEmpty() && data == null) {
            data = CloudEvent.of(event).data;
          }
          matches =
              s.accepts(event.type()) && (filters.byField().isEmpty() || filters.matches(data));
        }
        if (matches) {
          deliveries.add(
              new WebhookDelivery(s.id(), event.id(), event.subject(), event.sequence(), now));
        }
      }
    }
    subscriptions.addDeliveries(deliveries);
  }
}
