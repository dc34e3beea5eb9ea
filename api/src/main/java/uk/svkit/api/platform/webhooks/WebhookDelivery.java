package uk.svkit.api.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One event on its way to one subscription; its attempts are the delivery log. The attempt that
 * delivered it is kept on this row (its time, latency and answer excerpt) rather than as a row of
 * its own: most deliveries succeed at once, and a log row each would be a fourth write per
 * delivery. Failed attempts have their rows.
 */
@Entity
@Table(name = "plt_webhook_delivery")
public class WebhookDelivery {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "subscription_id", length = 36, nullable = false)
  private String subscriptionId;

  @Column(name = "event_id", length = 36, nullable = false)
  private String eventId;

  @Column(name = "subject", length = 300, nullable = false)
  private String subject;

  @Column(name = "sequence", nullable = false)
  private long sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private DeliveryStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "leased_until")
  private OffsetDateTime leasedUntil;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_attempted_at")
  private OffsetDateTime lastAttemptedAt;

  @Column(name = "last_latency_ms")
  private Long lastLatencyMs;

  @Column(name = "last_response_excerpt", length = 500)
  private String lastResponseExcerpt;

  protected WebhookDelivery() {}

  WebhookDelivery(
      String subscriptionId, String eventId, String subject, long sequence, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.subscriptionId = subscriptionId;
    this.eventId = eventId;
    this.subject = subject;
    this.sequence = sequence;
    this.status = DeliveryStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public String id() {
    return id;
  }

  public String subscriptionId() {
    return subscriptionId;
  }

  public String eventId() {
    return eventId;
  }

  public String subject() {
    return subject;
  }

  public long sequence() {
    return sequence;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public OffsetDateTime deliveredAt() {
    return deliveredAt;
  }

  public Integer lastStatus() {
    return lastStatus;
  }

  /**
   * The attempt that delivered this, as the log shows it; empty while undelivered, and for
   * deliveries recorded before it was kept here (their log has a row for it).
   */
  Optional<WebhookAttempt> deliveringAttempt() {
    if (status != DeliveryStatus.DELIVERED || lastAttemptedAt == null) {
      return Optional.empty();
    }
    return Optional.of(
        new WebhookAttempt(
            id,
            attempts,
            lastAttemptedAt,
            lastStatus,
            lastLatencyMs == null ? 0 : lastLatencyMs,
            null,
            lastResponseExcerpt));
  }
}
