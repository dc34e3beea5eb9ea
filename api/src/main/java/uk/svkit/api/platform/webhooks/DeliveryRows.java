package uk.svkit.api.platform.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Delivery rows written as a stream's attempts are recorded: delivered, pending a retry, or parked
 * behind another delivery about the same subject. One JDBC batch on the transaction's connection.
 */
final class DeliveryRows {
  private DeliveryRows() {}

  /** A delivery row as it is first written. */
  record Row(
      String id,
      String subscriptionId,
      String eventId,
      String subject,
      long sequence,
      DeliveryStatus status,
      int attempts,
      OffsetDateTime createdAt,
      OffsetDateTime nextAttemptAt,
      Integer lastStatus,
      OffsetDateTime deliveredAt,
      OffsetDateTime lastAttemptedAt,
      Long lastLatencyMs,
      String lastResponseExcerpt) {}

  /**
   * An event not sent yet, waiting in the queue behind a delivery about the same subject: read with
   * the stream at {@code createdAt}, due at once (the queue's order per subject holds it).
   */
  static Row parked(
      String id,
      String subscriptionId,
      String eventId,
      String subject,
      long sequence,
      OffsetDateTime createdAt,
      OffsetDateTime now) {
    return new Row(
        id,
        subscriptionId,
        eventId,
        subject,
        sequence,
        DeliveryStatus.PENDING,
        0,
        createdAt,
        now,
        null,
        null,
        null,
        null,
        null);
  }

  static void insert(Connection c, List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO plt_webhook_delivery (id, subscription_id, event_id, subject, sequence,"
                + " status, attempts, created_at, next_attempt_at, last_status, delivered_at,"
                + " last_attempted_at, last_latency_ms, last_response_excerpt)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Row r : rows) {
        insert.setString(1, r.id());
        insert.setString(2, r.subscriptionId());
        insert.setString(3, r.eventId());
        insert.setString(4, r.subject());
        insert.setLong(5, r.sequence());
        insert.setString(6, r.status().name());
        insert.setInt(7, r.attempts());
        insert.setObject(8, r.createdAt());
        insert.setObject(9, r.nextAttemptAt());
        if (r.lastStatus() == null) {
          insert.setNull(10, Types.INTEGER);
        } else {
          insert.setInt(10, r.lastStatus());
        }
        setTime(insert, 11, r.deliveredAt());
        setTime(insert, 12, r.lastAttemptedAt());
        if (r.lastLatencyMs() == null) {
          insert.setNull(13, Types.BIGINT);
        } else {
          insert.setLong(13, r.lastLatencyMs());
        }
        insert.setString(14, r.lastResponseExcerpt());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static void setTime(PreparedStatement statement, int index, OffsetDateTime value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, value);
    }
  }
}
