package uk.svkit.api.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import uk.svkit.api.platform.persistence.DatabaseProduct;

/**
 * Numbers committed events in the order they are first seen committed. Ids or timestamps given at
 * insert are not commit order (a long transaction commits its earlier-stamped events after a short
 * one), and a feed reader that resumed after a later number would skip them; a number handed out
 * here after commit never falls behind a number already read. The counter row's lock makes one
 * instance number at a time. Plain JDBC: a bulk ingest records thousands of events at once.
 */
@ApplicationScoped
public class EventSequencer {
  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Inject Event<EventsSequenced> sequenced;

  /** Numbers up to {@code batch} committed events; returns how many it numbered. */
  @Transactional
  public int sequenceBatch(int batch) {
    List<StoredEvent> numbered = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      if (DatabaseProduct.isPostgres(c)) {
        // plt_event churns like a queue, and the planner's row counts for it lag far behind: a
        // statistics snapshot of a few dozen unnumbered events made it read all of them through a
        // bitmap and sort them (9 ms for 2,000 rows in bench/events.sh) instead of reading the
        // first ones in order from the partial index, which never sorts.
        try (Statement plan = c.createStatement()) {
          plan.execute("SET LOCAL enable_sort = off");
        }
      }
      long last;
      try (PreparedStatement lock =
              c.prepareStatement(
                  "SELECT last_value FROM plt_event_counter WHERE name = 'feed' FOR UPDATE");
          ResultSet row = lock.executeQuery()) {
        row.next();
        last = row.getLong(1);
      }
      try (PreparedStatement pending =
          c.prepareStatement(
              "SELECT "
                  + StoredEvent.COLUMNS
                  + " FROM plt_event WHERE sequence IS NULL ORDER BY occurred_at, id LIMIT ?")) {
        pending.setInt(1, batch);
        try (ResultSet rows = pending.executeQuery()) {
          while (rows.next()) {
            numbered.add(StoredEvent.read(rows, ++last));
          }
        }
      }
      if (numbered.isEmpty()) {
        return 0;
      }
      number(c, numbered);
      try (PreparedStatement counter =
          c.prepareStatement("UPDATE plt_event_counter SET last_value = ? WHERE name = 'feed'")) {
        counter.setLong(1, last);
        counter.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not number events", e);
    }
    sequenced.fire(new EventsSequenced(numbered));
    return numbered.size();
  }

  /**
   * Writes the numbers: a batch of single-row updates by primary key, on both databases. One {@code
   * UPDATE … FROM unnest(ids, numbers)} on PostgreSQL saved round trips but not work, and its plan
   * followed the statistics: a hash join over a scan of the whole event table, which grows with the
   * retention period, or, with hash joins ruled out, 60 ms a batch in bench/events.sh.
   */
  private static void number(Connection c, List<StoredEvent> numbered) throws SQLException {
    try (PreparedStatement number =
        c.prepareStatement("UPDATE plt_event SET sequence = ? WHERE id = ?")) {
      for (StoredEvent e : numbered) {
        number.setLong(1, e.sequence());
        number.setString(2, e.id());
        number.addBatch();
      }
      number.executeBatch();
    }
  }
}
