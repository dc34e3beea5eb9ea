package uk.svkit.api.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on its way to one subscription; its attempts are the delivery log. */
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

  void delivered(OffsetDateTime at, int statusCode) {
    attempts++;
    status = DeliveryStatus.DELIVERED;
    deliveredAt = at;
    lastStatus = statusCode;
    leasedUntil = null;
  }

  void failed(Integer statusCode, OffsetDateTime retryAt) {
    attempts++;
    lastStatus = statusCode;
    leasedUntil = null;
    if (retryAt == null) {
      status = DeliveryStatus.FAILED;
    } else {
      nextAttemptAt = retryAt;
    }
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
}
