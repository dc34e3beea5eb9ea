package uk.svkit.api.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import uk.svkit.api.platform.request.Loggers;

/**
 * Brings the schema up to date when the application starts. Flyway owns the schema (JPA never
 * generates it); the same migrations run on H2 and PostgreSQL. Readiness stays DOWN until this
 * has succeeded. When it has, {@link SchemaReady} is fired so seeding can follow.
 */
@ApplicationScoped
public class DatabaseMigrator {
  private static final Logger LOG = Loggers.of(DatabaseMigrator.class);

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  private volatile boolean migrated;
  private volatile String failure;

  void onStart(@Observes Startup startup) {
    try {
      MigrateResult result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .callbackLocations("classpath:db/callback")
              .load()
              .migrate();
      LOG.log(
          Level.INFO,
          "Database schema at version {0} ({1} migrations applied now)",
          new Object[] {result.targetSchemaVersion, result.migrationsExecuted});
      migrated = true;
      schemaReady.fire(new SchemaReady());
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Database migration failed; the service stays not ready", e);
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
