package uk.svkit.api.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.svkit.api.platform.persistence.DatabaseMigrator;

/** Ready only when migrations have run and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  @Inject DatabaseMigrator migrator;

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    if (!migrator.isMigrated()) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("migrations", migrator.failure() == null ? "pending" : "failed")
          .build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return HealthCheckResponse.named("database")
          .status(valid)
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getSQLState() == null ? "unavailable" : e.getSQLState())
          .build();
    }
  }
}
