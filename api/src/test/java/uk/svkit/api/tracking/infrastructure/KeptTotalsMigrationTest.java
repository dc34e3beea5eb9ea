package uk.svkit.api.tracking.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migration V22 on real H2 and PostgreSQL databases: the per-KPI totals the dashboards read are
 * backfilled from the totals per KPI and period, and buyers with returns are marked for their
 * one-off computation of pounds per quarter (unit values need the valuation engine).
 */
class KeptTotalsMigrationTest {
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 4, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static String url(String vendor) throws SQLException {
    if (vendor.equals("h2")) {
      return "jdbc:h2:mem:v22-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    }
    String database = "v22_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    return postgres.getJdbcUrl("postgres", database);
  }

  private static Connection connect(String url, String vendor) throws SQLException {
    return DriverManager.getConnection(
        url, vendor.equals("h2") ? "sa" : "postgres", vendor.equals("h2") ? "" : "postgres");
  }

  private static void migrate(String url, String vendor, String target) {
    var config =
        Flyway.configure()
            .dataSource(
                url, vendor.equals("h2") ? "sa" : "postgres", vendor.equals("h2") ? "" : "postgres")
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
    (target == null ? config : config.target(target)).load().migrate();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void perKpiTotalsAreBackfilledAndBuyersWithReturnsAwaitTheirPoundsPerQuarter(String vendor)
      throws Exception {
    String url = url(vendor);
    migrate(url, vendor, "20");
    try (Connection c = connect(url, vendor)) {
      contract(c, "c1", "buyer-a", "k1", "k2");
      contract(c, "c2", "buyer-b", "k3");
      contract(c, "c3", "buyer-c", "k4"); // no returns yet
      progress(c, "k1", "c1", "buyer-a", LocalDate.of(2026, 1, 1), "10", "4");
      progress(c, "k1", "c1", "buyer-a", LocalDate.of(2026, 2, 1), "2.5", "0");
      progress(c, "k2", "c1", "buyer-a", LocalDate.of(2026, 1, 1), "1", "1");
      progress(c, "k3", "c2", "buyer-b", LocalDate.of(2026, 4, 1), "0", "0");

      migrate(url, vendor, null);

      assertEquals(
          List.of(
              "k1|c1|buyer-a|12.5000|4.0000",
              "k2|c1|buyer-a|1.0000|1.0000",
              "k3|c2|buyer-b|0.0000|0.0000"),
          rows(
              c,
              "SELECT commitment_id, contract_id, buyer_organisation_id, claimed_quantity, validated_quantity"
                  + " FROM trk_commitment_totals ORDER BY commitment_id"));
      assertEquals(
          List.of("buyer-a", "buyer-b"),
          rows(
              c,
              "SELECT buyer_organisation_id FROM trk_buyer_value_pending ORDER BY buyer_organisation_id"));
      assertEquals(List.of(), rows(c, "SELECT quarter FROM trk_buyer_quarter_value"));
    }
  }

  private static void contract(Connection c, String id, String buyer, String... commitments)
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
    for (String commitment : commitments) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO trk_commitment (id, contract_id, position, measure_code, target_quantity, period, reporting_frequency)"
                  + " VALUES (?, ?, ?, 'LM-VOL-01', 100, 'WHOLE_CONTRACT', 'MONTHLY')")) {
        insert.setString(1, commitment);
        insert.setString(2, id);
        insert.setInt(3, position++);
        insert.executeUpdate();
      }
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

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> result = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i == 1 ? "" : "|").append(rows.getString(i));
        }
        result.add(row.toString());
      }
    }
    return result;
  }
}
