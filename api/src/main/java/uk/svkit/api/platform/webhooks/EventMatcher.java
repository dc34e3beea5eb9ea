package uk.svkit.api.platform.webhooks;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.events.CloudEvent;
import uk.svkit.api.platform.events.StoredEvent;

/**
 * Whether a subscription is told an event: the event is its organisation's (or public), of a type
 * it names, passes its filters, and happened once it existed; a ping is told only its target. One
 * matcher serves one batch of events: a subscription's types and filters, and an event's data, are
 * read once for all the pairs they are in.
 */
final class EventMatcher {
  private record Interest(List<String> types, EventFilters filters) {}

  private final Map<String, Interest> interests = new HashMap<>();
  private final Map<String, JsonObject> data = new HashMap<>();

  boolean matches(WebhookSubscription s, StoredEvent event) {
    if (!event.isPublic() && !event.recipientOrganisationId().equals(s.ownerOrganisationId())) {
      return false;
    }
    if (event.occurredAt().isBefore(s.createdAt())) {
      // Numbering runs behind recording: an event that happened before the subscription existed
      // is not its to deliver (the feed has it).
      return false;
    }
    if (event.targetSubscriptionId() != null) {
      return event.targetSubscriptionId().equals(s.id());
    }
    Interest interest =
        interests.computeIfAbsent(s.id(), id -> new Interest(s.eventTypes(), s.filters()));
    if (!interest.types().contains(event.type())) {
      return false;
    }
    return interest.filters().byField().isEmpty()
        || interest
            .filters()
            .matches(data.computeIfAbsent(event.id(), id -> CloudEvent.parseData(event.data())));
  }
}
