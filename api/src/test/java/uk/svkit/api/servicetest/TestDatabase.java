package uk.svkit.api.servicetest;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One in-memory H2 database for the whole test run, migrated by the application's own Flyway
 * migrations (shared and {@code db/vendor/h2}, as the server runs them on H2), and the
 * application's persistence unit {@code svkit} (its META-INF/persistence.xml and entity classes) on
 * EclipseLink, the provider behind Liberty's jpa-3.1, switched to resource-local transactions for
 * Java SE. Tests share the database the way the integration tests share a server: each creates its
 * own organisations and records.
 */
final class TestDatabase {
  private static DataSource dataSource;
  private static EntityManagerFactory entityManagers;

  private TestDatabase() {}

  /** Connections of their own, in auto-commit mode (work outside a transaction). */
  static synchronized DataSource dataSource() {
    if (dataSource == null) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:svkit-services;MODE=LEGACY;DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      h2.setPassword("");
      Flyway.configure()
          .dataSource(h2)
          .locations("classpath:db/migration", "classpath:db/vendor/h2")
          .callbackLocations("classpath:db/callback")
          .load()
          .migrate();
      dataSource = h2;
    }
    return dataSource;
  }

  static synchronized EntityManagerFactory entityManagers() {
    if (entityManagers == null) {
      entityManagers =
          Persistence.createEntityManagerFactory(
              "svkit",
              Map.of(
                  "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                  "jakarta.persistence.jtaDataSource", "",
                  "jakarta.persistence.nonJtaDataSource", dataSource(),
                  // Liberty weaves entity classes as it loads them; plain Java SE has no agent.
                  "eclipselink.weaving", "false",
                  "eclipselink.logging.level", "WARNING"));
    }
    return entityManagers;
  }
}
