package uk.svkit.api.tracking.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.svkit.api.platform.persistence.MigrationDatabase;

/**
 * Migration V22 on real H2 and PostgreSQL databases: the per-KPI totals the dashboards read are
 * backfilled from the totals per KPI and period, and buyers with returns are marked for their
 * one-off computation of pounds per quarter (unit values need the valuation engine).
 */
class KeptTotalsMigrationTest {
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void perKpiTotalsAreBackfilledAndBuyersWithReturnsAwaitTheirPoundsPerQuarter(String vendor)
      throws Exception {
    MigrationDatabase database = MigrationDatabase.fresh(vendor, "v22");
    database.migrateTo("20");
    try (Connection c = database.connect()) {
      TrackingRows.contract(c, "c1", "buyer-a", "100", "MONTHLY", "k1", "k2");
      TrackingRows.contract(c, "c2", "buyer-b", "100", "MONTHLY", "k3");
      TrackingRows.contract(c, "c3", "buyer-c", "100", "MONTHLY", "k4"); // no returns yet
      progress(c, "k1", "c1", "buyer-a", LocalDate.of(2026, 1, 1), "10", "4");
      progress(c, "k1", "c1", "buyer-a", LocalDate.of(2026, 2, 1), "2.5", "0");
      progress(c, "k2", "c1", "buyer-a", LocalDate.of(2026, 1, 1), "1", "1");
      progress(c, "k3", "c2", "buyer-b", LocalDate.of(2026, 4, 1), "0", "0");

      database.migrateToLatest();

      assertEquals(
          List.of(
              "k1|c1|buyer-a|12.5000|4.0000",
              "k2|c1|buyer-a|1.0000|1.0000",
              "k3|c2|buyer-b|0.0000|0.0000"),
          MigrationDatabase.rows(
              c,
              "SELECT commitment_id, contract_id, buyer_organisation_id, claimed_quantity, validated_quantity"
                  + " FROM trk_commitment_totals ORDER BY commitment_id"));
      assertEquals(
          List.of("buyer-a", "buyer-b"),
          MigrationDatabase.rows(
              c,
              "SELECT buyer_organisation_id FROM trk_buyer_value_pending ORDER BY buyer_organisation_id"));
      assertEquals(
          List.of(), MigrationDatabase.rows(c, "SELECT quarter FROM trk_buyer_quarter_value"));
    }
  }

  private static void progress(
      Connection c,
      String commitment,
      String contract,
      String buyer,
      LocalDate start,
      String claimed,
      String validated)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO trk_progress (commitment_id, period_start, contract_id, buyer_organisation_id,"
                + " claimed_quantity, validated_quantity, returns) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
      insert.setString(1, commitment);
      insert.setDate(2, Date.valueOf(start));
      insert.setString(3, contract);
      insert.setString(4, buyer);
      insert.setBigDecimal(5, new java.math.BigDecimal(claimed));
      insert.setBigDecimal(6, new java.math.BigDecimal(validated));
      insert.executeUpdate();
    }
  }
}
