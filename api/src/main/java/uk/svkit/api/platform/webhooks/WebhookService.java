package uk.svkit.api.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.events.StoredEvent;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/** Managing an organisation's subscriptions: create, change, rotate the secret, ping, redeliver. */
@ApplicationScoped
public class WebhookService {
  @Inject WebhookSubscriptionRepository subscriptions;
  @Inject ReceiverGuard guard;
  @Inject EventRecorder events;
  @Inject SecretSeal seal;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.max-subscriptions-per-organisation", defaultValue = "25")
  int maxPerOrganisation;

  /** A new subscription and its secret, which is shown this once. */
  public record Created(WebhookSubscription subscription, String secret) {}

  @Transactional
  public Created create(
      String url, List<String> eventTypes, Map<String, List<String>> filters, String description) {
    Caller caller = Tenancy.caller();
    if (caller.organisationId() == null) {
      throw ProblemException.businessRule(
          "A subscription belongs to an organisation; act for one to subscribe.");
    }
    Set<String> types = checked(url, eventTypes);
    if (subscriptions.list(null, null, maxPerOrganisation + 1).stream()
            .filter(s -> s.ownerOrganisationId().equals(caller.organisationId()))
            .count()
        >= maxPerOrganisation) {
      throw ProblemException.businessRule(
          "An organisation may have at most " + maxPerOrganisation + " webhook subscriptions.");
    }
    String secret = WebhookSignatures.newSecret();
    WebhookSubscription s =
        subscriptions.add(
            new WebhookSubscription(
                caller.organisationId(),
                url,
                types,
                checked(filters),
                description,
                seal.seal(secret),
                subscriptions.feedPosition()));
    return new Created(s, secret);
  }

  public WebhookSubscription get(String id) {
    return subscriptions.find(id);
  }

  public List<WebhookSubscription> list(OffsetDateTime afterCreated, String afterId, int fetch) {
    return subscriptions.list(afterCreated, afterId, fetch);
  }

  @Transactional
  public WebhookSubscription update(
      String id,
      long expectedVersion,
      String url,
      List<String> eventTypes,
      Map<String, List<String>> filters,
      String description) {
    WebhookSubscription s = subscriptions.find(id);
    Versions.requireCurrent(expectedVersion, s.version());
    s.update(url, checked(url, eventTypes), checked(filters), description);
    return subscriptions.store(s);
  }

  @Transactional
  public void delete(String id) {
    subscriptions.remove(subscriptions.find(id));
  }

  /** A new secret; the old one keeps signing (beside the new) for {@code overlap}. */
  @Transactional
  public Created rotateSecret(String id, long expectedVersion, Duration overlap) {
    WebhookSubscription s = subscriptions.find(id);
    Versions.requireCurrent(expectedVersion, s.version());
    String secret = WebhookSignatures.newSecret();
    s.rotateSecret(seal.seal(secret), now().plus(overlap));
    return new Created(subscriptions.store(s), secret);
  }

  /** Sends a {@value EventTypes#WEBHOOK_PING} event to this subscription only. */
  @Transactional
  public StoredEvent ping(String id) {
    WebhookSubscription s = subscriptions.find(id);
    return events.recordPing(s.ownerOrganisationId(), s.id());
  }

  public List<WebhookDelivery> deliveries(
      String id, OffsetDateTime afterCreated, String afterId, int fetch) {
    WebhookSubscription s = subscriptions.find(id);
    return subscriptions.deliveries(s.id(), afterCreated, afterId, fetch);
  }

  public List<WebhookAttempt> attempts(List<WebhookDelivery> deliveries) {
    return subscriptions.attempts(deliveries.stream().map(WebhookDelivery::id).toList());
  }

  /** Sends a delivered or failed event again, as a new delivery with its own log. */
  @Transactional
  public WebhookDelivery redeliver(String id, String deliveryId) {
    WebhookSubscription s = subscriptions.find(id);
    WebhookDelivery original = subscriptions.delivery(deliveryId);
    if (original == null || !original.subscriptionId().equals(s.id())) {
      throw ProblemException.notFound("Delivery", deliveryId);
    }
    WebhookDelivery again =
        new WebhookDelivery(
            s.id(), original.eventId(), original.subject(), original.sequence(), now());
    subscriptions.addDelivery(again);
    return again;
  }

  private Set<String> checked(String url, List<String> eventTypes) {
    String refusal = guard.refusal(url);
    if (refusal != null) {
      throw ProblemException.invalid("url", refusal);
    }
    Caller caller = Tenancy.caller();
    Set<String> types = new LinkedHashSet<>();
    for (int i = 0; i < eventTypes.size(); i++) {
      String type = eventTypes.get(i);
      if (!EventTypes.SUBSCRIBABLE.contains(type)) {
        throw ProblemException.invalid("eventTypes[" + i + "]", "is not an event type svkit emits");
      }
      Set<String> readers = EventTypes.SUBSCRIBERS.get(type);
      if (!caller.isPlatformAdmin() && caller.roles().stream().noneMatch(readers::contains)) {
        throw ProblemException.forbidden(
            type
                + " is told only to callers with one of the roles "
                + readers.stream().sorted().toList()
                + ": the roles that may read what it is about.");
      }
      types.add(type);
    }
    return types;
  }

  private static EventFilters checked(Map<String, List<String>> filters) {
    if (filters == null || filters.isEmpty()) {
      return EventFilters.NONE;
    }
    if (filters.size() > 10) {
      throw ProblemException.invalid("filters", "may name at most 10 data fields");
    }
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      if (f.getKey() == null || !f.getKey().matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
        throw ProblemException.invalid("filters", "names data fields such as placeCode");
      }
      List<String> values = f.getValue();
      if (values == null
          || values.isEmpty()
          || values.size() > 50
          || values.stream().anyMatch(v -> v == null || v.isEmpty() || v.length() > 200)) {
        throw ProblemException.invalid(
            "filters." + f.getKey(), "must list 1 to 50 values of at most 200 characters");
      }
    }
    return new EventFilters(filters);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }
}
