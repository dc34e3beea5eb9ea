package uk.svkit.api.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.svkit.api.platform.events.EventsSequenced;
import uk.svkit.api.platform.events.StoredEvent;

/**
 * Tells the streams of the subscriptions that numbered events match, in the sequencer's
 * transaction: one update per subscription and batch, however many events it matched. The stream
 * ({@link DeliveryStreams}) reads the events themselves from the feed; a delivery row is written
 * only once an attempt has been made.
 */
@ApplicationScoped
public class WebhookFanOut {
  @Inject WebhookSubscriptionRepository subscriptions;

  void on(@Observes EventsSequenced sequenced) {
    List<StoredEvent> events = sequenced.events();
    Map<String, List<WebhookSubscription>> byOrganisation =
        subscriptions
            .ofOrganisations(
                events.stream().map(StoredEvent::recipientOrganisationId).distinct().toList())
            .stream()
            .collect(Collectors.groupingBy(WebhookSubscription::ownerOrganisationId));
    Map<String, List<WebhookSubscription>> byPublicType = new HashMap<>();
    EventMatcher matcher = new EventMatcher();
    SortedMap<String, Long> matchedUpTo = new TreeMap<>();
    for (StoredEvent event : events) {
      List<WebhookSubscription> candidates =
          event.isPublic()
              ? byPublicType.computeIfAbsent(event.type(), subscriptions::toType)
              : byOrganisation.getOrDefault(event.recipientOrganisationId(), List.of());
      for (WebhookSubscription s : candidates) {
        if (matcher.matches(s, event)) {
          matchedUpTo.merge(s.id(), event.sequence(), Math::max);
        }
      }
    }
    subscriptions.markMatched(matchedUpTo);
  }
}
