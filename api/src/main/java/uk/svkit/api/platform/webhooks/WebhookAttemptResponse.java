package uk.svkit.api.platform.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.platform.json.DateTimes;

public class WebhookAttemptResponse {
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
