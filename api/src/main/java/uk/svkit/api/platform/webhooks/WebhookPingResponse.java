package uk.svkit.api.platform.webhooks;

public class WebhookPingResponse {
  public String eventId;
}
