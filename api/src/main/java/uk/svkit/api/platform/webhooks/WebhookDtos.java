package uk.svkit.api.platform.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.platform.json.DateTimes;

/** Request and response bodies of the webhook operations. */
public final class WebhookDtos {
  private WebhookDtos() {}

  public static class WebhookRequest {
    @NotBlank
    @Size(max = 2000)
    @Schema(
        description = "HTTPS URL that receives POSTed events",
        example = "https://cms.example/svkit")
    public String url;

    @NotNull
    @NotEmpty
    @Size(max = 30)
    @Schema(description = "Event types to receive (see the event catalogue)")
    public List<@NotBlank @Size(max = 100) String> eventTypes;

    @Schema(
        description =
            "Only events whose data field holds one of the values, per field; e.g. needs near you:"
                + " {\"placeCode\":[\"E08000015\"]}")
    public Map<String, List<String>> filters;

    @Size(max = 500)
    public String description;
  }

  public static class WebhookSecretRequest {
    @Min(0)
    @Max(168)
    @Schema(description = "Hours the old secret keeps signing beside the new one (default 24)")
    public Integer overlapHours;
  }

  public static class WebhookResponse {
    public String id;
    public String url;
    public List<String> eventTypes;
    public Map<String, List<String>> filters;
    public String description;

    @Schema(
        description =
            "ACTIVE, or FAILING once a delivery failed for 3 days; an update re-activates it")
    public String status;

    public String markedFailingAt;

    @Schema(description = "Shown once, on creation and rotation: keep it to verify signatures")
    public String secret;

    @Schema(description = "Until when deliveries are also signed with the previous secret")
    public String previousSecretExpiresAt;

    public String createdAt;
    public String updatedAt;

    static WebhookResponse of(WebhookSubscription s, String secret) {
      WebhookResponse r = new WebhookResponse();
      r.id = s.id();
      r.url = s.url();
      r.eventTypes = s.eventTypes();
      r.filters = s.filters().byField().isEmpty() ? null : s.filters().byField();
      r.description = s.description();
      r.status = s.status().name();
      r.markedFailingAt =
          s.markedFailingAt() == null ? null : DateTimes.format(s.markedFailingAt());
      r.secret = secret;
      r.previousSecretExpiresAt =
          s.previousSecretExpiresAt() == null
              ? null
              : DateTimes.format(s.previousSecretExpiresAt());
      r.createdAt = DateTimes.format(s.createdAt());
      r.updatedAt = DateTimes.format(s.updatedAt());
      return r;
    }
  }

  public static class WebhookAttemptResponse {
    public int attempt;
    public String attemptedAt;

    @Schema(description = "HTTP status the receiver answered; absent if the request failed")
    public Integer statusCode;

    public long latencyMs;
    public String error;

    @Schema(description = "At most the first 500 characters of the answer")
    public String responseExcerpt;

    static WebhookAttemptResponse of(WebhookAttempt a) {
      WebhookAttemptResponse r = new WebhookAttemptResponse();
      r.attempt = a.attemptNumber();
      r.attemptedAt = DateTimes.format(a.attemptedAt());
      r.statusCode = a.statusCode();
      r.latencyMs = a.latencyMs();
      r.error = a.error();
      r.responseExcerpt = a.responseExcerpt();
      return r;
    }
  }

  public static class WebhookDeliveryResponse {
    public String id;
    public String eventId;
    public String subject;
    public String sequence;

    @Schema(description = "PENDING, DELIVERED or FAILED")
    public String status;

    public int attempts;
    public String createdAt;
    public String nextAttemptAt;
    public String deliveredAt;
    public List<WebhookAttemptResponse> log;

    static WebhookDeliveryResponse of(
        WebhookDelivery d, Map<String, List<WebhookAttempt>> attempts) {
      WebhookDeliveryResponse r = new WebhookDeliveryResponse();
      r.id = d.id();
      r.eventId = d.eventId();
      r.subject = d.subject();
      r.sequence = Long.toString(d.sequence());
      r.status = d.status().name();
      r.attempts = d.attempts();
      r.createdAt = DateTimes.format(d.createdAt());
      r.nextAttemptAt =
          d.status() == DeliveryStatus.PENDING ? DateTimes.format(d.nextAttemptAt()) : null;
      r.deliveredAt = d.deliveredAt() == null ? null : DateTimes.format(d.deliveredAt());
      r.log =
          attempts.getOrDefault(d.id(), List.of()).stream()
              .map(WebhookAttemptResponse::of)
              .toList();
      return r;
    }
  }

  public static class WebhookPingResponse {
    public String eventId;
  }
}
