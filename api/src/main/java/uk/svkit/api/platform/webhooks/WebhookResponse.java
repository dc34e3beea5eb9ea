package uk.svkit.api.platform.webhooks;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.platform.json.DateTimes;

public class WebhookResponse {
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
    r.markedFailingAt = s.markedFailingAt() == null ? null : DateTimes.format(s.markedFailingAt());
    r.secret = secret;
    r.previousSecretExpiresAt =
        s.previousSecretExpiresAt() == null ? null : DateTimes.format(s.previousSecretExpiresAt());
    r.createdAt = DateTimes.format(s.createdAt());
    r.updatedAt = DateTimes.format(s.updatedAt());
    return r;
  }
}
