package uk.svkit.api.directory.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migration V18 on real H2 and PostgreSQL databases: bases stored at a full postcode's exact point
 * move to their district's centroid (or, without a known district, about a kilometre of rounding);
 * the full postcode is kept; district-only bases are untouched; nobody is opted in.
 */
class BaseLocationMigrationTest {
  private static final double[] CH41 = {53.39402, -3.03022};
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

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void exactBasesMoveToTheirDistrictAndKeepTheirPostcode(String vendor) throws Exception {
    String url;
    String user;
    String password;
    if (vendor.equals("h2")) {
      url = "jdbc:h2:mem:v18-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
      user = "sa";
      password = "";
    } else {
      String database = "v18_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + database);
      }
      url = postgres.getJdbcUrl("postgres", database);
      user = "postgres";
      password = "postgres";
    }
    migrate(url, user, password, vendor, "17");
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      insert(c, "exact", "CH41 5AB", 53.40123, -3.01987);
      insert(c, "district", "CH41", CH41[0], CH41[1]);
      insert(c, "nodistrict", "ZZ9 9ZZ", 51.234567, -0.987654);
    }
    migrate(url, user, password, vendor, null);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      assertBase(c, "exact", "CH41 5AB", CH41[0], CH41[1]);
      assertBase(c, "district", "CH41", CH41[0], CH41[1]);
      assertBase(c, "nodistrict", "ZZ9 9ZZ", 51.23, -0.99);
    }
  }

  private static void migrate(
      String url, String user, String password, String vendor, String target) {
    var config =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
    (target == null ? config : config.target(target)).load().migrate();
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
