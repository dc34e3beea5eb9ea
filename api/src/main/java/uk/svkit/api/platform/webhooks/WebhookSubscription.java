package uk.svkit.api.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.svkit.api.platform.persistence.AggregateRoot;

/** An organisation's webhook: where to send which event types, and the secret that signs them. */
@Entity
@Table(name = "plt_webhook_subscription")
public class WebhookSubscription extends AggregateRoot {
  @Column(name = "url", length = 2000, nullable = false)
  private String url;

  @Column(name = "event_types", length = 4000, nullable = false)
  private String eventTypes;

  @Column(name = "description", length = 500)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private SubscriptionStatus status;

  @Column(name = "failing_since")
  private OffsetDateTime markedFailingAt;

  // Stored as SecretSeal leaves them: sealed when the deployment has a key.
  @Column(name = "secret", length = 200, nullable = false)
  private String secret;

  @Column(name = "previous_secret", length = 200)
  private String previousSecret;

  @Column(name = "previous_secret_expires_at")
  private OffsetDateTime previousSecretExpiresAt;

  /** JSON: data field name to the values an event's field must hold one of; null for none. */
  @Column(name = "filters", length = 4000)
  private String filters;

  /**
   * Where this subscription's reading of the feed starts: the feed's last number when it was
   * created. Written here once; from then on only the stream ({@link DeliveryStreams}) moves it, in
   * SQL, so the provider never writes it (or {@code stream_matched}) back.
   */
  @Column(name = "stream_position", nullable = false, updatable = false)
  private long streamPosition;

  @Column(name = "stream_matched", nullable = false, updatable = false)
  private long streamMatched;

  protected WebhookSubscription() {}

  WebhookSubscription(
      String ownerOrganisationId,
      String url,
      Set<String> eventTypes,
      EventFilters filters,
      String description,
      String secret,
      long feedPosition) {
    super(null, ownerOrganisationId);
    this.streamPosition = feedPosition;
    this.streamMatched = feedPosition;
    this.url = url;
    this.eventTypes = String.join(",", eventTypes);
    this.filters = filters.toJson();
    this.description = description;
    this.status = SubscriptionStatus.ACTIVE;
    this.secret = secret;
  }

  @Override
  public String entityType() {
    return "WebhookSubscription";
  }

  /** Replaces what the owner controls; an update also re-activates a failing subscription. */
  void update(String url, Set<String> eventTypes, EventFilters filters, String description) {
    String filterJson = filters.toJson();
    if (filterJson == null ? this.filters != null : !filterJson.equals(this.filters)) {
      this.filters = filterJson;
      changed("filters");
    }
    if (!url.equals(this.url)) {
      this.url = url;
      changed("url");
    }
    String types = String.join(",", eventTypes);
    if (!types.equals(this.eventTypes)) {
      this.eventTypes = types;
      changed("eventTypes");
    }
    if (description == null ? this.description != null : !description.equals(this.description)) {
      this.description = description;
      changed("description");
    }
    if (status != SubscriptionStatus.ACTIVE) {
      status = SubscriptionStatus.ACTIVE;
      markedFailingAt = null;
      changed("status");
    }
  }

  /** A new secret; the current one keeps verifying until {@code overlapUntil}. */
  void rotateSecret(String newSecret, OffsetDateTime overlapUntil) {
    previousSecret = secret;
    previousSecretExpiresAt = overlapUntil;
    secret = newSecret;
    changed("secret");
  }

  /** Whether this changed the status (it was not failing already). */
  boolean markFailing(OffsetDateTime since) {
    if (status == SubscriptionStatus.FAILING) {
      return false;
    }
    status = SubscriptionStatus.FAILING;
    markedFailingAt = since;
    changed("status");
    return true;
  }

  public boolean accepts(String type) {
    return eventTypes().contains(type);
  }

  public EventFilters filters() {
    return EventFilters.fromJson(filters);
  }

  public String url() {
    return url;
  }

  public List<String> eventTypes() {
    return List.copyOf(new LinkedHashSet<>(Arrays.asList(eventTypes.split(","))));
  }

  public String description() {
    return description;
  }

  public SubscriptionStatus status() {
    return status;
  }

  public OffsetDateTime markedFailingAt() {
    return markedFailingAt;
  }

  /**
   * The secrets that sign a delivery made at {@code now}: the current one, and the previous one
   * during the overlap.
   */
  List<String> signingSecrets(OffsetDateTime now) {
    if (previousSecret != null
        && previousSecretExpiresAt != null
        && now.isBefore(previousSecretExpiresAt)) {
      return List.of(secret, previousSecret);
    }
    return List.of(secret);
  }

  public OffsetDateTime previousSecretExpiresAt() {
    return previousSecretExpiresAt;
  }
}
