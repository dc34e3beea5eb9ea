package uk.svkit.api.tracking.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Tracking's rows as a migration test inserts them, below the application's code. */
final class TrackingRows {
  /** When the inserted records were created. */
  static final OffsetDateTime T0 = OffsetDateTime.of(2026, 4, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  private TrackingRows() {}

  /**
   * A contract of this buyer from 2026-01-01 to 2027-12-31 on the first framework edition, with one
   * volunteering-hours KPI per commitment id, each with this whole-contract target and reporting
   * frequency.
   */
  static void contract(
      Connection c,
      String id,
      String buyer,
      String target,
      String frequency,
      String... commitmentIds)
      throws SQLException {
    String edition;
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT id FROM fwk_edition")) {
      rows.next();
      edition = rows.getString(1);
    }
    try (PreparedStatement contract =
        c.prepareStatement(
            "INSERT INTO trk_contract (id, version, owner_organisation_id, created_at, updated_at, supplier_organisation_id,"
                + " buyer_contract_id, title, contract_value, currency, start_date, end_date, edition_id)"
                + " VALUES (?, 1, ?, ?, ?, 'supplier', ?, 'Test', 1000, 'GBP', ?, ?, ?)")) {
      contract.setString(1, id);
      contract.setString(2, buyer);
      contract.setObject(3, T0);
      contract.setObject(4, T0);
      contract.setString(5, "B-" + id);
      contract.setDate(6, Date.valueOf(LocalDate.of(2026, 1, 1)));
      contract.setDate(7, Date.valueOf(LocalDate.of(2027, 12, 31)));
      contract.setString(8, edition);
      contract.executeUpdate();
    }
    int position = 0;
    for (String commitment : commitmentIds) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO trk_commitment (id, contract_id, position, measure_code, target_quantity, period, reporting_frequency)"
                  + " VALUES (?, ?, ?, 'LM-VOL-01', ?, 'WHOLE_CONTRACT', ?)")) {
        insert.setString(1, commitment);
        insert.setString(2, id);
        insert.setInt(3, position++);
        insert.setBigDecimal(4, new java.math.BigDecimal(target));
        insert.setString(5, frequency);
        insert.executeUpdate();
      }
    }
  }
}
