package uk.svkit.api.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.platform.request.RequestContext;

/**
 * Brings the schema up to date when the application starts. Flyway owns the schema (JPA never
 * generates it); the same migrations run on H2 and PostgreSQL, and a database may add its own in
 * db/vendor/&lt;product&gt; (indexes only it has, such as PostgreSQL's trigram indexes; version
 * numbers are shared with db/migration). Readiness stays DOWN until this has succeeded. When it
 * has, {@link SchemaReady} is fired so seeding can follow.
 */
@ApplicationScoped
public class DatabaseMigrator {
  private static final Logger LOG = Loggers.of(DatabaseMigrator.class);

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  /** Advisory lock key for start-up seeding (any fixed number no other code uses). */
  private static final long START_UP_LOCK = 0x5356_4b49_5453_0001L;

  private volatile boolean migrated;
  private volatile String failure;

  void onStart(@Observes Startup startup) {
    try {
      MigrateResult result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
              .callbackLocations("classpath:db/callback")
              .load()
              .migrate();
      LOG.log(
          Level.INFO,
          "Database schema at version {0} ({1} migrations applied now)",
          new Object[] {result.targetSchemaVersion, result.migrationsExecuted});
      migrated = true;
      fireSchemaReadyOneInstanceAtATime();
    } catch (RuntimeException | SQLException e) {
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Database migration failed; the service stays not ready", e);
    }
  }

  /**
   * Seeding and other start-up work observe {@link SchemaReady}; they run as the system,
   * explicitly. Instances that share a PostgreSQL database and start together take turns (a session
   * advisory lock), so each seeder sees what the one before it wrote rather than racing it to
   * insert the same rows. Flyway serialises the migrations itself.
   */
  private void fireSchemaReadyOneInstanceAtATime() throws SQLException {
    Runnable fire =
        () -> RequestContext.asSystem("start-up", () -> schemaReady.fire(new SchemaReady()));
    if (!"postgresql".equals(vendor())) {
      fire.run(); // H2 serves one instance
      return;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + START_UP_LOCK + ")");
      try {
        fire.run();
      } finally {
        // The pool keeps the connection, and the session with it: unlock rather than rely on close.
        s.execute("SELECT pg_advisory_unlock(" + START_UP_LOCK + ")");
      }
    }
  }

  /** The database's own migrations folder: "postgresql", "h2", ... */
  private String vendor() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .replaceAll("[^a-z0-9]", "");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's product name", e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }

  public String failure() {
    return failure;
  }

  /** Fired once the schema is current. */
  public static final class SchemaReady {}
}
