package uk.svkit.sdk.models;

import java.time.OffsetDateTime;

/**
 * One HTTP request of a webhook delivery, from the delivery log.
 *
 * @since 0.1.0
 */
public final class WebhookAttempt {

  private int attempt;
  private OffsetDateTime attemptedAt;
  private Integer statusCode;
  private long latencyMs;
  private String error;
  private String responseExcerpt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected WebhookAttempt() {}

  /**
   * Returns the attempt's number, from 1.
   *
   * @return the number
   */
  public int getAttempt() {
    return attempt;
  }

  /**
   * Returns when the request was sent.
   *
   * @return the time
   */
  public OffsetDateTime getAttemptedAt() {
    return attemptedAt;
  }

  /**
   * Returns the receiver's HTTP status.
   *
   * @return the status, or {@code null} if no response arrived
   */
  public Integer getStatusCode() {
    return statusCode;
  }

  /**
   * Returns how long the request took.
   *
   * @return milliseconds
   */
  public long getLatencyMs() {
    return latencyMs;
  }

  /**
   * Returns why the request failed without a response.
   *
   * @return the error, or {@code null}
   */
  public String getError() {
    return error;
  }

  /**
   * Returns the first characters (at most 500) of the receiver's answer.
   *
   * @return the excerpt, or {@code null}
   */
  public String getResponseExcerpt() {
    return responseExcerpt;
  }
}
