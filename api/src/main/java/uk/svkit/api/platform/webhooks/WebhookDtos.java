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

  public static class SubscriptionRequest {
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

  public static class RotateSecretRequest {
    @Min(0)
    @Max(168)
    @Schema(description = "Hours the old secret keeps signing beside the new one (default 24)")
    public Integer overlapHours;
  }

  public static class SubscriptionResponse {
    public String id;
    public String url;
    public List<String> eventTypes;
    public Map<String, List<String>> filters;
    public String description;

    @Schema(
        description =
            "ACTIVE, or FAILING once a delivery failed for 3 days; an update re-activates it")
    public String status;

    public String failingSince;

    @Schema(description = "Shown once, on creation and rotation: keep it to verify signatures")
    public String secret;

    @Schema(description = "Until when deliveries are also signed with the previous secret")
    public String previousSecretValidUntil;

    public String createdAt;
    public String updatedAt;

    static SubscriptionResponse of(WebhookSubscription s, String secret) {
      SubscriptionResponse r = new SubscriptionResponse();
      r.id = s.id();
      r.url = s.url();
      r.eventTypes = s.eventTypes();
      r.filters = s.filters().byField().isEmpty() ? null : s.filters().byField();
      r.description = s.description();
      r.status = s.status().name();
      r.failingSince = s.failingSince() == null ? null : DateTimes.format(s.failingSince());
      r.secret = secret;
      r.previousSecretValidUntil =
          s.previousSecretExpiresAt() == null
              ? null
              : DateTimes.format(s.previousSecretExpiresAt());
      r.createdAt = DateTimes.format(s.createdAt());
      r.updatedAt = DateTimes.format(s.updatedAt());
      return r;
    }
  }

  public static class AttemptResponse {
    public int attempt;
    public String attemptedAt;

    @Schema(description = "HTTP status the receiver answered; absent if the request failed")
    public Integer statusCode;

    public long latencyMs;
    public String error;

    @Schema(description = "At most the first 500 characters of the answer")
    public String responseExcerpt;

    static AttemptResponse of(WebhookAttempt a) {
      AttemptResponse r = new AttemptResponse();
      r.attempt = a.attemptNumber();
      r.attemptedAt = DateTimes.format(a.attemptedAt());
      r.statusCode = a.statusCode();
      r.latencyMs = a.latencyMs();
      r.error = a.error();
      r.responseExcerpt = a.responseExcerpt();
      return r;
    }
  }

  public static class DeliveryResponse {
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
    public List<AttemptResponse> log;

    static DeliveryResponse of(WebhookDelivery d, Map<String, List<WebhookAttempt>> attempts) {
      DeliveryResponse r = new DeliveryResponse();
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
      r.log = attempts.getOrDefault(d.id(), List.of()).stream().map(AttemptResponse::of).toList();
      return r;
    }
  }

  public static class PingResponse {
    public String eventId;
  }
}
