package uk.svkit.api.directory.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.svkit.api.platform.persistence.MigrationDatabase;

/**
 * Migration V18 on real H2 and PostgreSQL databases: bases stored at a full postcode's exact point
 * move to their district's centroid (or, without a known district, about a kilometre of rounding);
 * the full postcode is kept; district-only bases are untouched; nobody is opted in.
 */
class BaseLocationMigrationTest {
  private static final double[] CH41 = {53.39402, -3.03022};

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void exactBasesMoveToTheirDistrictAndKeepTheirPostcode(String vendor) throws Exception {
    MigrationDatabase database = MigrationDatabase.fresh(vendor, "v18");
    database.migrateTo("17");
    try (Connection c = database.connect()) {
      insert(c, "exact", "CH41 5AB", 53.40123, -3.01987);
      insert(c, "district", "CH41", CH41[0], CH41[1]);
      insert(c, "nodistrict", "ZZ9 9ZZ", 51.234567, -0.987654);
    }
    database.migrateToLatest();
    try (Connection c = database.connect()) {
      assertBase(c, "exact", "CH41 5AB", CH41[0], CH41[1]);
      assertBase(c, "district", "CH41", CH41[0], CH41[1]);
      assertBase(c, "nodistrict", "ZZ9 9ZZ", 51.23, -0.99);
    }
  }

  private static void insert(Connection c, String id, String postcode, double lat, double lon)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO dir_profile (id, version, owner_organisation_id, created_at, updated_at,"
                + " name, name_key, identifier, legal_form, base_postcode, base_place_code,"
                + " latitude, longitude, search_text, verification_status)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'CIO', ?, 'E08000015', ?, ?, ?, 'UNVERIFIED')")) {
      OffsetDateTime now = OffsetDateTime.now();
      s.setString(1, id);
      s.setString(2, id);
      s.setObject(3, now);
      s.setObject(4, now);
      s.setString(5, id);
      s.setString(6, id);
      s.setString(7, "GB-CHC-" + id);
      s.setString(8, postcode);
      s.setDouble(9, lat);
      s.setDouble(10, lon);
      s.setString(11, id);
      s.executeUpdate();
    }
  }

  private static void assertBase(
      Connection c, String id, String postcode, double latitude, double longitude)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT base_postcode, latitude, longitude, exact_location_public FROM dir_profile"
                + " WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(postcode, rs.getString(1), id);
        assertEquals(latitude, rs.getDouble(2), 1e-9, id);
        assertEquals(longitude, rs.getDouble(3), 1e-9, id);
        assertFalse(rs.getBoolean(4), id);
      }
    }
  }
}
