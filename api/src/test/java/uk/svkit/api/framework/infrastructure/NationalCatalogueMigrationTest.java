package uk.svkit.api.framework.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.svkit.api.platform.persistence.MigrationDatabase;

/**
 * The national catalogue as migrated on real H2 and PostgreSQL databases: PPN 002 and PPN 06/20
 * have their published structure, every element cites a source, each edition states its
 * completeness, and only published national metrics are not bespoke.
 */
class NationalCatalogueMigrationTest {
  private static final String PPN002 = "ba9d4f49-5eef-5b25-9aff-85be556546ff";
  private static final String PPN0620 = "5c97e487-1684-517a-bd5d-9c5bb0096fbe";
  private static final String SVK_LOCAL = "bbd24609-e9c3-5494-93a1-5d61cbe9a78f";

  /** A new database of this vendor with every migration applied. */
  private static Connection migrated(String vendor) throws SQLException {
    MigrationDatabase database = MigrationDatabase.fresh(vendor, "catalogue");
    database.migrateToLatest();
    return database.connect();
  }

  private static List<String> column(Connection c, String sql, String... params)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        select.setString(i + 1, params[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  private static List<String> codes(Connection c, String edition, String kind) throws SQLException {
    return column(
        c,
        "SELECT e.code FROM fwk_element e LEFT JOIN fwk_element p ON p.id = e.parent_id"
            + " WHERE e.edition_id = ? AND e.kind = ? ORDER BY p.position, p.code, e.position",
        edition,
        kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void ppn002HasItsMissionsOutcomesAndSourcedMacs(String vendor) throws Exception {
    try (Connection c = migrated(vendor)) {
      assertEquals(5, codes(c, PPN002, "MISSION").size());
      assertEquals(
          List.of(
              "Mission 1:Outcome 1",
              "Mission 1:Outcome 2",
              "Mission 1:Outcome 3",
              "Mission 2:Outcome 4",
              "Mission 3:Outcome 5",
              "Mission 4:Outcome 6",
              "Mission 4:Outcome 7",
              "Mission 5:Outcome 8"),
          column(
              c,
              "SELECT p.code || ':' || e.code FROM fwk_element e JOIN fwk_element p ON p.id ="
                  + " e.parent_id WHERE e.edition_id = ? AND e.kind = 'OUTCOME' ORDER BY e.code",
              PPN002));
      assertEquals(List.of("1a", "1b", "1c", "1d"), codes(c, PPN002, "CRITERION"));
      assertEquals(
          List.of(),
          column(
              c,
              "SELECT code FROM fwk_element WHERE edition_id IN (?, ?) AND (source IS NULL OR source = '')",
              PPN002,
              PPN0620),
          "every national element cites its source");
      String notes = column(c, "SELECT notes FROM fwk_edition WHERE id = ?", PPN002).get(0);
      assertTrue(notes.contains("Standard Reporting Metrics: 0 of 33"), notes);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void ppn0620HasItsThemesOutcomesAndTheMacsASourceGivesInFull(String vendor) throws Exception {
    try (Connection c = migrated(vendor)) {
      assertEquals(5, codes(c, PPN0620, "THEME").size());
      assertEquals(8, codes(c, PPN0620, "OUTCOME").size());
      assertEquals(
          List.of("MAC 2.1", "MAC 5.1", "MAC 5.2"),
          column(
              c,
              "SELECT code FROM fwk_element WHERE edition_id = ? AND kind = 'CRITERION' ORDER BY code",
              PPN0620));
      String notes = column(c, "SELECT notes FROM fwk_edition WHERE id = ?", PPN0620).get(0);
      assertTrue(notes.contains("Reporting metrics: 0 of 52"), notes);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void svkitsOwnMeasuresAreBespokeAndSourced(String vendor) throws Exception {
    try (Connection c = migrated(vendor)) {
      assertEquals(
          List.of(),
          column(
              c,
              "SELECT code FROM fwk_measure WHERE edition_id = ? AND (bespoke = FALSE OR source IS NULL)",
              SVK_LOCAL));
      assertEquals(
          List.of(),
          column(
              c,
              "SELECT code FROM fwk_measure WHERE edition_id IN (?, ?) AND (bespoke = TRUE OR source IS NULL)",
              PPN002,
              PPN0620),
          "a national metric, once seeded, is not bespoke and cites its source");
    }
  }
}
