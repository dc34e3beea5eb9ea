package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.svkit.api.platform.persistence.JdbcRepository;

/**
 * Which KPI periods of a batch of contracts have a live return, read from the kept totals in one
 * query, for the scheduled due and overdue events (system work: the caller chose the contracts).
 */
@ApplicationScoped
public class ReportedPeriods extends JdbcRepository {

  /** Keys {@code commitmentId|periodStart} of periods with at least one live return. */
  public Set<String> of(Collection<String> contractIds) {
    if (contractIds.isEmpty()) {
      return Set.of();
    }
    List<String> ids = List.copyOf(contractIds);
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT commitment_id, period_start FROM trk_progress WHERE returns > 0 AND contract_id IN ("
                      + marks(ids.size())
                      + ")")) {
            for (int i = 0; i < ids.size(); i++) {
              select.setString(i + 1, ids.get(i));
            }
            Set<String> reported = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                reported.add(rows.getString(1) + "|" + rows.getDate(2).toLocalDate());
              }
            }
            return reported;
          }
        });
  }
}
