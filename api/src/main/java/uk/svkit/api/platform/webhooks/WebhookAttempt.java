package uk.svkit.api.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One HTTP request of a delivery: when, the status code (none if the request failed), how long it
 * took, and at most a short excerpt of what the receiver answered.
 */
@Entity
@Table(name = "plt_webhook_attempt")
public class WebhookAttempt {
  static final int EXCERPT_LENGTH = 500;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "delivery_id", length = 36, nullable = false)
  private String deliveryId;

  @Column(name = "attempt_number", nullable = false)
  private int attemptNumber;

  @Column(name = "attempted_at", nullable = false)
  private OffsetDateTime attemptedAt;

  @Column(name = "status_code")
  private Integer statusCode;

  @Column(name = "latency_ms", nullable = false)
  private long latencyMs;

  @Column(name = "error", length = 500)
  private String error;

  @Column(name = "response_excerpt", length = 500)
  private String responseExcerpt;

  protected WebhookAttempt() {}

  WebhookAttempt(
      String deliveryId,
      int attemptNumber,
      OffsetDateTime attemptedAt,
      Integer statusCode,
      long latencyMs,
      String error,
      String responseExcerpt) {
    this.id = UUID.randomUUID().toString();
    this.deliveryId = deliveryId;
    this.attemptNumber = attemptNumber;
    this.attemptedAt = attemptedAt;
    this.statusCode = statusCode;
    this.latencyMs = latencyMs;
    this.error = excerptOf(error);
    this.responseExcerpt = excerptOf(responseExcerpt);
  }

  /** The part of an answer or error that is kept. */
  static String excerptOf(String text) {
    return text == null || text.length() <= EXCERPT_LENGTH
        ? text
        : text.substring(0, EXCERPT_LENGTH);
  }

  public String deliveryId() {
    return deliveryId;
  }

  public int attemptNumber() {
    return attemptNumber;
  }

  public OffsetDateTime attemptedAt() {
    return attemptedAt;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public long latencyMs() {
    return latencyMs;
  }

  public String error() {
    return error;
  }

  public String responseExcerpt() {
    return responseExcerpt;
  }
}
