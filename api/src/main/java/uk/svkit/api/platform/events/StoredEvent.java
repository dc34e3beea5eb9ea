package uk.svkit.api.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event as one recipient organisation sees it. An event that concerns two organisations (a bid:
 * its buyer and its supplier) is two rows, so each carries only what its recipient may read.
 */
@Entity
@Table(name = "plt_event")
public class StoredEvent {
  /** The recipient of events about public data: every organisation. */
  public static final String PUBLIC = "*";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "recipient_organisation_id", length = 36, nullable = false)
  private String recipientOrganisationId;

  @Column(name = "type", length = 100, nullable = false)
  private String type;

  @Column(name = "source", length = 200, nullable = false)
  private String source;

  @Column(name = "subject", length = 300, nullable = false)
  private String subject;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "data", length = 100000, nullable = false)
  private String data;

  @Column(name = "target_subscription_id", length = 36)
  private String targetSubscriptionId;

  @Column(name = "sequence")
  private Long sequence;

  protected StoredEvent() {}

  StoredEvent(
      String recipientOrganisationId,
      String type,
      String source,
      String subject,
      OffsetDateTime occurredAt,
      String data,
      String targetSubscriptionId) {
    this.id = UUID.randomUUID().toString();
    this.recipientOrganisationId = recipientOrganisationId;
    this.type = type;
    this.source = source;
    this.subject = subject;
    this.occurredAt = occurredAt;
    this.data = data;
    this.targetSubscriptionId = targetSubscriptionId;
  }

  /**
   * The columns {@link #read} maps, in its order, for JDBC reads of the outbox that bypass the
   * persistence context (numbering, webhook streams).
   */
  public static final String COLUMNS =
      "id, recipient_organisation_id, type, source, subject, occurred_at, data,"
          + " target_subscription_id";

  /** The event on the current row of a result set selecting {@link #COLUMNS} first. */
  public static StoredEvent read(java.sql.ResultSet row, long sequence)
      throws java.sql.SQLException {
    return new StoredEvent(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getObject(6, OffsetDateTime.class),
        row.getString(7),
        row.getString(8),
        sequence);
  }

  /** An event read with its number, outside the persistence context. */
  public StoredEvent(
      String id,
      String recipientOrganisationId,
      String type,
      String source,
      String subject,
      OffsetDateTime occurredAt,
      String data,
      String targetSubscriptionId,
      long sequence) {
    this.id = id;
    this.recipientOrganisationId = recipientOrganisationId;
    this.type = type;
    this.source = source;
    this.subject = subject;
    this.occurredAt = occurredAt;
    this.data = data;
    this.targetSubscriptionId = targetSubscriptionId;
    this.sequence = sequence;
  }

  public String id() {
    return id;
  }

  public boolean isPublic() {
    return PUBLIC.equals(recipientOrganisationId);
  }

  /** The organisation told, or {@link #PUBLIC}. */
  public String recipientOrganisationId() {
    return recipientOrganisationId;
  }

  public String type() {
    return type;
  }

  public String source() {
    return source;
  }

  public String subject() {
    return subject;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  /** The event's data as a JSON object text. */
  public String data() {
    return data;
  }

  /** The one subscription a test ping is for; {@code null} for every other event. */
  public String targetSubscriptionId() {
    return targetSubscriptionId;
  }

  /** Position in commit order; {@code null} until the sequencer has seen the event committed. */
  public Long sequence() {
    return sequence;
  }
}
