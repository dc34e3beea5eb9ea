package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One event on its way to one subscription, with its attempts.
 *
 * @since 0.1.0
 */
public final class WebhookDelivery {

  private String id;
  private String eventId;
  private String subject;
  private String sequence;
  private String status;
  private int attempts;
  private OffsetDateTime createdAt;
  private OffsetDateTime nextAttemptAt;
  private OffsetDateTime deliveredAt;
  private List<WebhookAttempt> log;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected WebhookDelivery() {}

  /**
   * Returns the delivery's id (for redelivery).
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the event delivered ({@code webhook-id}).
   *
   * @return the event id
   */
  public String getEventId() {
    return eventId;
  }

  /**
   * Returns the event's subject.
   *
   * @return the subject
   */
  public String getSubject() {
    return subject;
  }

  /**
   * Returns the event's sequence.
   *
   * @return the sequence
   */
  public String getSequence() {
    return sequence;
  }

  /**
   * Returns {@code PENDING}, {@code DELIVERED} or {@code FAILED}.
   *
   * @return the status
   */
  public String getStatus() {
    return status;
  }

  /**
   * Returns how many requests were sent.
   *
   * @return the number of attempts
   */
  public int getAttempts() {
    return attempts;
  }

  /**
   * Returns when the delivery was queued.
   *
   * @return the time
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when the next attempt is due, while pending.
   *
   * @return the time, or {@code null}
   */
  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  /**
   * Returns when the receiver accepted it.
   *
   * @return the time, or {@code null}
   */
  public OffsetDateTime getDeliveredAt() {
    return deliveredAt;
  }

  /**
   * Returns the attempts, oldest first.
   *
   * @return the log
   */
  public List<WebhookAttempt> getLog() {
    return log == null ? List.of() : List.copyOf(log);
  }
}
