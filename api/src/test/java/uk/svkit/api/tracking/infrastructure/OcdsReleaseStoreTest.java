package uk.svkit.api.tracking.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OCDS feed's queries on real H2 and PostgreSQL databases: which of a buyer's contracts changed
 * since a time (the contract or a validated return), paged by contract id; an ocid's contract; and
 * an ocid's stored releases, oldest first.
 */
class OcdsReleaseStoreTest {
  private static final String SVK_LOCAL = "bbd24609-e9c3-5494-93a1-5d61cbe9a78f";
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

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

  private static OcdsReleaseStore store(String vendor) throws Exception {
    DataSource dataSource;
    if (vendor.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:ocds-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      dataSource = h2;
    } else {
      String database = "ocds_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + database);
      }
      dataSource = postgres.getDatabase("postgres", database);
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .load()
        .migrate();
    OcdsReleaseStore store = new OcdsReleaseStore(dataSource);
    try (Connection c = dataSource.getConnection()) {
      contract(c, "c1", "buyer", null, T0);
      contract(c, "c2", "buyer", "ocds-abc123-own", T0.plusDays(10));
      contract(c, "c3", "buyer", null, T0);
      contract(c, "c4", "other", null, T0.plusDays(10));
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO trk_commitment (id, contract_id, position, measure_code, target_quantity,"
                + " period, reporting_frequency) VALUES ('k3', 'c3', 0, 'LM-EMP-01', 5,"
                + " 'WHOLE_CONTRACT', 'QUARTERLY')");
      }
      try (PreparedStatement r =
          c.prepareStatement(
              "INSERT INTO trk_return (id, version, contract_id, commitment_id,"
                  + " buyer_organisation_id, period_start, period_end, quantity, status,"
                  + " submitted_by, submitted_at, reviewed_by, reviewed_at) VALUES ('r1', 1, 'c3',"
                  + " 'k3', 'buyer', ?, ?, 2, 'VALIDATED', 'supplier', ?, 'buyer', ?)")) {
        r.setDate(1, Date.valueOf(LocalDate.of(2026, 1, 1)));
        r.setDate(2, Date.valueOf(LocalDate.of(2026, 3, 31)));
        r.setObject(3, T0.plusDays(19));
        r.setObject(4, T0.plusDays(20));
        r.executeUpdate();
      }
      try (PreparedStatement release =
          c.prepareStatement(
              "INSERT INTO trk_ocds_release (id, ocid, contract_id, owner_organisation_id,"
                  + " release_date, body) VALUES (?, 'ocds-abc123-own', 'c2', 'buyer', ?, ?)")) {
        for (int day : List.of(5, 1)) {
          release.setString(1, "ocds-abc123-own-" + day);
          release.setObject(2, T0.plusDays(day));
          release.setString(3, "{\"day\":" + day + "}");
          release.executeUpdate();
        }
      }
    }
    return store;
  }

  private static void contract(
      Connection c, String id, String owner, String ocid, OffsetDateTime updatedAt)
      throws Exception {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO trk_contract (id, version, owner_organisation_id, created_at, updated_at,"
                + " supplier_organisation_id, buyer_contract_id, ocid, title, contract_value,"
                + " currency, start_date, end_date, edition_id) VALUES (?, 1, ?, ?, ?, 'supplier',"
                + " ?, ?, 'Test', 1000, 'GBP', ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, owner);
      insert.setObject(3, T0);
      insert.setObject(4, updatedAt);
      insert.setString(5, "B-" + id);
      insert.setString(6, ocid);
      insert.setDate(7, Date.valueOf(LocalDate.of(2026, 1, 1)));
      insert.setDate(8, Date.valueOf(LocalDate.of(2026, 12, 31)));
      insert.setString(9, SVK_LOCAL);
      insert.executeUpdate();
    }
  }

  private static List<String> ids(List<OcdsReleaseStore.Changed> changed) {
    return changed.stream().map(OcdsReleaseStore.Changed::contractId).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void changedContractsAreTheBuyersOwnPagedByIdAndDatedByTheirLatestChange(String vendor)
      throws Exception {
    OcdsReleaseStore store = store(vendor);

    assertEquals(List.of("c1", "c2", "c3"), ids(store.changed("buyer", null, null, 10)));
    assertEquals(List.of("c2", "c3"), ids(store.changed("buyer", null, "c1", 10)));
    assertEquals(List.of("c1"), ids(store.changed("buyer", null, null, 1)));

    List<OcdsReleaseStore.Changed> since = store.changed("buyer", T0.plusDays(1), null, 10);
    assertEquals(List.of("c2", "c3"), ids(since), "c3 changed through its validated return");
    assertEquals(T0.plusDays(20).toInstant(), since.get(1).changedAt().toInstant());
    assertEquals(List.of(), ids(store.changed("buyer", T0.plusDays(21), null, 10)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void anOcidNamesTheBuyersContractAndItsReleasesOldestFirst(String vendor) throws Exception {
    OcdsReleaseStore store = store(vendor);

    assertEquals(Optional.of("c2"), store.contractIdOf("buyer", "ocds-abc123-own", "ocds-svkit0"));
    assertEquals(Optional.of("c1"), store.contractIdOf("buyer", "ocds-svkit0-c1", "ocds-svkit0"));
    assertEquals(Optional.empty(), store.contractIdOf("buyer", "ocds-svkit0-c2", "ocds-svkit0"));
    assertEquals(Optional.empty(), store.contractIdOf("other", "ocds-svkit0-c1", "ocds-svkit0"));

    assertEquals(
        List.of("{\"day\":1}", "{\"day\":5}"), store.releasesOf("ocds-abc123-own", "buyer"));
    assertEquals(List.of(), store.releasesOf("ocds-abc123-own", "other"));
    assertEquals(Optional.of("{\"day\":5}"), store.find("ocds-abc123-own-5"));
    assertEquals(Optional.empty(), store.find("ocds-abc123-own-9"));
  }
}
