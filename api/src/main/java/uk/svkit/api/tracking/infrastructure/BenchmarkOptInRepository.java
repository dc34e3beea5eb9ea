package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.persistence.JdbcRepository;

/**
 * Which buyers share their figures with peers in benchmarks; each a decision of the buyer itself.
 */
@ApplicationScoped
public class BenchmarkOptInRepository extends JdbcRepository {

  public boolean optedIn(String organisationId) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT 1 FROM trk_benchmark_opt_in WHERE organisation_id = ?")) {
            select.setString(1, organisationId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  /** Every buyer that opted in. */
  public List<String> optedInBuyers() {
    return withConnection(
        c -> {
          List<String> result = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement("SELECT organisation_id FROM trk_benchmark_opt_in");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              result.add(rows.getString(1));
            }
          }
          return result;
        });
  }

  public void set(String organisationId, boolean optIn, OffsetDateTime at) {
    withConnection(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM trk_benchmark_opt_in WHERE organisation_id = ?")) {
            delete.setString(1, organisationId);
            delete.executeUpdate();
          }
          if (optIn) {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO trk_benchmark_opt_in (organisation_id, opted_in_at) VALUES (?, ?)")) {
              insert.setString(1, organisationId);
              insert.setObject(2, at);
              insert.executeUpdate();
            }
          }
          // Sharing figures with peers is a decision a council must be able to trace.
          audit.recordAll(
              c,
              "benchmark-opt-in",
              organisationId,
              optIn ? AuditAction.CREATED : AuditAction.DELETED,
              List.of(organisationId),
              List.of("optIn"));
          return null;
        });
  }
}
