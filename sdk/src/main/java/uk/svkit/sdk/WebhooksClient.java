package uk.svkit.sdk;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.WebhookDelivery;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;

/**
 * Webhook subscriptions of the caller's organisation: create, read, replace, delete, rotate the
 * secret, ping, the delivery log and redelivery. Obtain from {@link SvkitClient#webhooks()};
 * thread-safe. Verify what arrives with {@link WebhookVerifier}.
 *
 * <p>Every method may throw {@link ApiException} (such as {@link NotFoundException} for another
 * organisation's subscription) and {@link ConnectionException}.
 *
 * @since 0.1.0
 */
public final class WebhooksClient {

  private final Operations ops;

  WebhooksClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Subscribes a URL to event types. The result carries the signing secret, shown this once.
   *
   * @param options URL, event types and description
   * @return the subscription with its secret and ETag
   */
  public WebhookSubscription createWebhook(WebhookOptions options) {
    return ops.send(
            HttpRequest.post(ops.url("webhooks").build(), ops.toJson(body(options)), true),
            WebhookSubscription.class)
        .getValue();
  }

  /**
   * Lists the organisation's subscriptions.
   *
   * @return a lazy iterable; no request is sent until iteration
   */
  public PagedIterable<WebhookSubscription> listWebhooks() {
    return ops.list(ops.url("webhooks").build(), WebhookSubscription.class, null);
  }

  /**
   * Returns one subscription, without its secret.
   *
   * @param id the subscription's id
   * @return the subscription with its ETag
   */
  public WebhookSubscription getWebhook(String id) {
    return ops.send(
            HttpRequest.get(ops.url("webhooks", Operations.pathSegment(id, "id")).build()),
            WebhookSubscription.class)
        .getValue();
  }

  /**
   * Replaces a subscription's URL, types and description; this also re-activates a failing one.
   *
   * @param id the subscription's id
   * @param options the new URL, event types and description
   * @param ifMatchETag the ETag from the last read
   * @return the subscription with its new ETag
   */
  public WebhookSubscription updateWebhook(String id, WebhookOptions options, String ifMatchETag) {
    return ops.send(
            HttpRequest.put(
                    ops.url("webhooks", Operations.pathSegment(id, "id")).build(),
                    ops.toJson(body(options)))
                .ifMatch(Operations.requireETag(ifMatchETag, "webhook")),
            WebhookSubscription.class)
        .getValue();
  }

  /**
   * Deletes a subscription with its pending deliveries and log.
   *
   * @param id the subscription's id
   */
  public void deleteWebhook(String id) {
    ops.sendForNoContent(
        HttpRequest.delete(ops.url("webhooks", Operations.pathSegment(id, "id")).build()));
  }

  /**
   * Replaces the signing secret; the old one keeps signing beside the new one for {@code overlap},
   * so receivers can switch without losing events.
   *
   * @param id the subscription's id
   * @param overlap how long the old secret stays valid (whole hours, at most 7 days)
   * @param ifMatchETag the ETag from the last read
   * @return the subscription with the new secret (shown this once) and its new ETag
   */
  public WebhookSubscription rotateWebhookSecret(String id, Duration overlap, String ifMatchETag) {
    Objects.requireNonNull(overlap, "overlap");
    return ops.send(
            HttpRequest.post(
                    ops.url("webhooks", Operations.pathSegment(id, "id"), "secret").build(),
                    ops.toJson(Map.of("overlapHours", overlap.toHours())),
                    false)
                .ifMatch(Operations.requireETag(ifMatchETag, "webhook")),
            WebhookSubscription.class)
        .getValue();
  }

  /**
   * Sends a signed {@code uk.svkit.webhook.ping} event to this subscription only.
   *
   * @param id the subscription's id
   * @return the ping event's id ({@code webhook-id})
   */
  public String pingWebhook(String id) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r =
        ops.send(
                HttpRequest.post(
                    ops.url("webhooks", Operations.pathSegment(id, "id"), "ping").build(),
                    "{}",
                    false),
                Map.class)
            .getValue();
    return (String) r.get("eventId");
  }

  /**
   * The delivery log, newest first: each delivery with its attempts.
   *
   * @param id the subscription's id
   * @return a lazy iterable; no request is sent until iteration
   */
  public PagedIterable<WebhookDelivery> listWebhookDeliveries(String id) {
    return ops.list(
        ops.url("webhooks", Operations.pathSegment(id, "id"), "deliveries").build(),
        WebhookDelivery.class,
        null);
  }

  /**
   * Sends a delivery's event again, as a new delivery.
   *
   * @param id the subscription's id
   * @param deliveryId the delivery to repeat
   * @return the new delivery
   */
  public WebhookDelivery redeliverWebhook(String id, String deliveryId) {
    return ops.send(
            HttpRequest.post(
                ops.url(
                        "webhooks",
                        Operations.pathSegment(id, "id"),
                        "deliveries",
                        Operations.pathSegment(deliveryId, "deliveryId"),
                        "redeliver")
                    .build(),
                "{}",
                false),
            WebhookDelivery.class)
        .getValue();
  }

  private static Map<String, Object> body(WebhookOptions options) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("url", options.getUrl());
    body.put("eventTypes", options.getEventTypes());
    if (!options.getFilters().isEmpty()) {
      body.put("filters", options.getFilters());
    }
    if (options.getDescription() != null) {
      body.put("description", options.getDescription());
    }
    return body;
  }
}
