package uk.svkit.api.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh, empty database for a migration test, on either database the server supports ({@code
 * "h2"} or {@code "postgresql"}, the names of the vendor migration folders), migrated by the
 * application's own Flyway locations up to a chosen version, so a test can insert rows as an
 * earlier version left them and check what a later migration makes of them. H2 databases are
 * in-memory; PostgreSQL ones are new databases on one embedded server, started on first use and
 * shared by every migration test of the run.
 */
public final class MigrationDatabase {
  private static EmbeddedPostgres postgres;

  public final String vendor;
  public final String url;
  private final String user;
  private final String password;

  private MigrationDatabase(String vendor, String url, String user, String password) {
    this.vendor = vendor;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** A new empty database of this vendor; {@code name} prefixes it, to tell tests apart. */
  public static MigrationDatabase fresh(String vendor, String name) throws SQLException {
    String unique = UUID.randomUUID().toString().replace("-", "");
    return switch (vendor) {
      case "h2" ->
          new MigrationDatabase(
              vendor,
              "jdbc:h2:mem:" + name + "-" + unique + ";MODE=LEGACY;DB_CLOSE_DELAY=-1",
              "sa",
              "");
      case "postgresql" -> {
        String database = name.replaceAll("[^a-z0-9]", "_") + "_" + unique;
        try (Connection c = postgres().getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + database);
        }
        yield new MigrationDatabase(
            vendor, postgres().getJdbcUrl("postgres", database), "postgres", "postgres");
      }
      default -> throw new IllegalArgumentException("No migrations for " + vendor);
    };
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
        postgres = started;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
    }
    return postgres;
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is exiting; the server's files are temporary
    }
  }

  /** Applies the migrations up to and including this version ({@code "13"}). */
  public void migrateTo(String version) {
    flyway().target(version).load().migrate();
  }

  /** Applies every migration the application has. */
  public void migrateToLatest() {
    flyway().load().migrate();
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** The rows a query reads, each as its columns' values (as strings) joined with {@code |}. */
  public static List<String> rows(Connection c, String sql) throws SQLException {
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
