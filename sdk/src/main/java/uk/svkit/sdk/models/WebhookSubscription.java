package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A webhook subscription of the caller's organisation.
 *
 * @since 0.1.0
 */
public final class WebhookSubscription {

  private String id;
  private String url;
  private List<String> eventTypes;
  private Map<String, List<String>> filters;
  private String description;
  private String status;
  private OffsetDateTime markedFailingAt;
  private String secret;
  private OffsetDateTime previousSecretExpiresAt;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected WebhookSubscription() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the receiver URL.
   *
   * @return the URL
   */
  public String getUrl() {
    return url;
  }

  /**
   * Returns the event types delivered.
   *
   * @return the types
   */
  public List<String> getEventTypes() {
    return eventTypes == null ? List.of() : List.copyOf(eventTypes);
  }

  /**
   * Returns the filters on event data.
   *
   * @return data field name to allowed values; empty for none
   */
  public Map<String, List<String>> getFilters() {
    return filters == null ? Map.of() : Map.copyOf(filters);
  }

  /**
   * Returns the description.
   *
   * @return the description, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns {@code ACTIVE}, or {@code FAILING} once a delivery failed for 3 days (no deliveries
   * until the subscription is updated).
   *
   * @return the status
   */
  public String getStatus() {
    return status;
  }

  /**
   * Returns since when the subscription is failing.
   *
   * @return the time, or {@code null}
   */
  public OffsetDateTime getMarkedFailingAt() {
    return markedFailingAt;
  }

  /**
   * Returns the signing secret ({@code whsec_...}): only on creation and rotation; keep it for
   * {@link uk.svkit.sdk.WebhookVerifier}.
   *
   * @return the secret, or {@code null} on any other read
   */
  public String getSecret() {
    return secret;
  }

  /**
   * Returns until when deliveries are also signed with the previous secret.
   *
   * @return the time, or {@code null}
   */
  public OffsetDateTime getPreviousSecretExpiresAt() {
    return previousSecretExpiresAt;
  }

  /**
   * Returns when it was created.
   *
   * @return the time
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when it last changed.
   *
   * @return the time
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the ETag (not on list items).
   *
   * @return the ETag, or {@code null}
   */
  public String getETag() {
    return eTag;
  }
}
