package uk.svkit.api.platform.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.platform.json.DateTimes;

public class WebhookDeliveryResponse {
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

  static WebhookDeliveryResponse of(WebhookDelivery d, Map<String, List<WebhookAttempt>> attempts) {
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
    List<WebhookAttempt> log = new ArrayList<>(attempts.getOrDefault(d.id(), List.of()));
    d.deliveringAttempt()
        .filter(last -> log.stream().noneMatch(a -> a.attemptNumber() == last.attemptNumber()))
        .ifPresent(log::add);
    r.log = log.stream().map(WebhookAttemptResponse::of).toList();
    return r;
  }
}
