package uk.svkit.api.tracking.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.svkit.api.platform.persistence.MigrationDatabase;

/**
 * Migrations V15 and V16 on real H2 and PostgreSQL databases: duplicates that earlier versions
 * accepted leave one live return per KPI period with totals to match, and the unique index then
 * refuses a second live return, in a way {@link LiveReturnIndex#isViolatedBy} recognises.
 */
class LiveReturnMigrationTest {
  private static final OffsetDateTime T0 = TrackingRows.T0;
  private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate Q2 = LocalDate.of(2026, 4, 1);
  private static final LocalDate Q3 = LocalDate.of(2026, 7, 1);

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void duplicatesKeepOneLiveReturnPerPeriodAndTheIndexRefusesASecond(String vendor)
      throws Exception {
    MigrationDatabase database = MigrationDatabase.fresh(vendor, "v15");
    // The schema before V15 (V14 is PostgreSQL's only).
    database.migrateTo(vendor.equals("h2") ? "13" : "14");
    try (Connection c = database.connect()) {
      String commitment = "k1";
      TrackingRows.contract(c, "c1", "buyer", "730", "QUARTERLY", commitment);
      // Q1: two submitted and a validated one (kept, though later), beside an old superseded one.
      insert(c, "r1", commitment, Q1, "10", "SUBMITTED", T0.plusMinutes(1), null);
      insert(c, "r2", commitment, Q1, "20", "SUBMITTED", T0.plusMinutes(2), null);
      insert(c, "r3", commitment, Q1, "30", "VALIDATED", T0.plusMinutes(3), null);
      insert(c, "r4", commitment, Q1, "99", "SUPERSEDED", T0, null);
      // Q2: two submitted at the same moment: the lower id is kept.
      insert(c, "r6", commitment, Q2, "6", "SUBMITTED", T0, null);
      insert(c, "r5", commitment, Q2, "5", "SUBMITTED", T0, null);
      // Q3: one validated and one rejected: nothing to do.
      insert(c, "r7", commitment, Q3, "7", "VALIDATED", T0, null);
      insert(c, "r8", commitment, Q3, "8", "REJECTED", T0, "No evidence");
      // The totals as earlier versions kept them: every live return counted.
      progress(c, commitment, Q1, "60", "30", 3);
      progress(c, commitment, Q2, "11", "0", 2);
      progress(c, commitment, Q3, "7", "7", 1);

      database.migrateToLatest();

      Map<String, String[]> returns = returns(c);
      assertEquals("REJECTED", returns.get("r1")[0]);
      assertTrue(
          returns.get("r1")[1].contains("return r3 is the live return"), returns.get("r1")[1]);
      assertEquals("svkit-migration-V15", returns.get("r1")[2]);
      assertEquals("2", returns.get("r1")[3], "the version moves, so the ETag changes");
      assertEquals("REJECTED", returns.get("r2")[0]);
      assertEquals("VALIDATED", returns.get("r3")[0]);
      assertEquals("SUPERSEDED", returns.get("r4")[0]);
      assertEquals("SUBMITTED", returns.get("r5")[0]);
      assertEquals("REJECTED", returns.get("r6")[0]);
      assertTrue(
          returns.get("r6")[1].contains("return r5 is the live return"), returns.get("r6")[1]);
      assertEquals("VALIDATED", returns.get("r7")[0]);
      assertEquals("REJECTED", returns.get("r8")[0]);
      assertEquals(
          "No evidence", returns.get("r8")[1], "returns that were not duplicates are untouched");
      assertEquals("1", returns.get("r8")[3]);

      assertEquals(
          List.of("30.0000|30.0000|1", "5.0000|0.0000|1", "7.0000|7.0000|1"),
          progressRows(c, commitment));

      // History may hold any number of superseded and rejected returns of a period...
      insert(c, "r9", commitment, Q1, "1", "REJECTED", T0, "Again");
      insert(c, "r10", commitment, Q1, "1", "SUPERSEDED", T0, null);
      // ...but a second live one is refused, in a batch as ReturnStore writes them,
      SQLException batch =
          assertThrows(
              SQLException.class,
              () -> {
                try (PreparedStatement insert = insertStatement(c)) {
                  bind(insert, "r11", commitment, Q2, "1", "SUBMITTED", T0, null);
                  insert.addBatch();
                  insert.executeBatch();
                }
              });
      assertTrue(LiveReturnIndex.isViolatedBy(batch), batch.toString());
      // and so is bringing a rejected return back to life.
      SQLException revived =
          assertThrows(
              SQLException.class,
              () -> {
                try (Statement s = c.createStatement()) {
                  s.executeUpdate("UPDATE trk_return SET status = 'SUBMITTED' WHERE id = 'r8'");
                }
              });
      assertTrue(LiveReturnIndex.isViolatedBy(revived), revived.toString());
      // Another KPI period is free.
      insert(c, "r12", commitment, LocalDate.of(2026, 10, 1), "1", "SUBMITTED", T0, null);
    }
  }

  private static PreparedStatement insertStatement(Connection c) throws SQLException {
    return c.prepareStatement(
        "INSERT INTO trk_return (id, version, contract_id, commitment_id, buyer_organisation_id, period_start, period_end,"
            + " quantity, status, rejection_reason, submitted_by, submitted_at) VALUES (?, 1, 'c1', ?, 'buyer', ?, ?, ?, ?, ?, 'supplier', ?)");
  }

  private static void bind(
      PreparedStatement insert,
      String id,
      String commitment,
      LocalDate start,
      String quantity,
      String status,
      OffsetDateTime at,
      String reason)
      throws SQLException {
    insert.setString(1, id);
    insert.setString(2, commitment);
    insert.setDate(3, Date.valueOf(start));
    insert.setDate(4, Date.valueOf(start.plusMonths(3).minusDays(1)));
    insert.setBigDecimal(5, new BigDecimal(quantity));
    insert.setString(6, status);
    insert.setString(7, reason);
    insert.setObject(8, at);
  }

  private static void insert(
      Connection c,
      String id,
      String commitment,
      LocalDate start,
      String quantity,
      String status,
      OffsetDateTime at,
      String reason)
      throws SQLException {
    try (PreparedStatement insert = insertStatement(c)) {
      bind(insert, id, commitment, start, quantity, status, at, reason);
      insert.executeUpdate();
    }
  }

  private static void progress(
      Connection c, String commitment, LocalDate start, String claimed, String validated, int live)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO trk_progress (commitment_id, period_start, contract_id, buyer_organisation_id,"
                + " claimed_quantity, validated_quantity, returns) VALUES (?, ?, 'c1', 'buyer', ?, ?, ?)")) {
      insert.setString(1, commitment);
      insert.setDate(2, Date.valueOf(start));
      insert.setBigDecimal(3, new BigDecimal(claimed));
      insert.setBigDecimal(4, new BigDecimal(validated));
      insert.setInt(5, live);
      insert.executeUpdate();
    }
  }

  /** Status, rejection reason, reviewer and version of every return, by id. */
  private static Map<String, String[]> returns(Connection c) throws SQLException {
    Map<String, String[]> result = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT id, status, rejection_reason, reviewed_by, version FROM trk_return ORDER BY id")) {
      while (rows.next()) {
        result.put(
            rows.getString(1),
            new String[] {
              rows.getString(2),
              rows.getString(3),
              rows.getString(4),
              Long.toString(rows.getLong(5))
            });
      }
    }
    return result;
  }

  private static List<String> progressRows(Connection c, String commitment) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT claimed_quantity, validated_quantity, returns FROM trk_progress WHERE commitment_id = ? ORDER BY period_start")) {
      select.setString(1, commitment);
      List<String> rows = new java.util.ArrayList<>();
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(
              r.getBigDecimal(1).toPlainString()
                  + "|"
                  + r.getBigDecimal(2).toPlainString()
                  + "|"
                  + r.getInt(3));
        }
      }
      return rows;
    }
  }
}
