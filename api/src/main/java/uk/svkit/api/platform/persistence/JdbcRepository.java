package uk.svkit.api.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import uk.svkit.api.platform.audit.AuditTrail;

/**
 * The base of repositories written in plain JDBC where the ORM's round trip per row is too slow
 * (bulk ingest). Statements run on the server's transactional data source, so in the caller's JTA
 * transaction; writes are audited through {@link AuditTrail#recordAll} on the same connection.
 * Tenancy is the subclass's to apply: each states which visible aggregate its records are reached
 * through.
 */
public abstract class JdbcRepository {
  @Resource(lookup = "jdbc/svkit")
  protected DataSource dataSource;

  @Inject protected AuditTrail audit;

  /** Work on one connection. */
  @FunctionalInterface
  protected interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs the work on a connection of the current transaction; SQL failures become unchecked. */
  protected <T> T withConnection(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code ?,?,?} for an IN list of this many values. */
  protected static String marks(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }

  /** Binds strings to the statement's parameters from {@code first} on (an IN list's values). */
  protected static void bind(PreparedStatement statement, int first, List<String> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setString(first + i, values.get(i));
    }
  }
}
