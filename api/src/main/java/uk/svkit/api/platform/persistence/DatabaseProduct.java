package uk.svkit.api.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database a connection talks to, for the few statements written per database (upserts,
 * planner settings, kept search rows): PostgreSQL in production, H2 for trying svkit out.
 */
public final class DatabaseProduct {
  private DatabaseProduct() {}

  /** Whether the connection is to PostgreSQL (otherwise H2). */
  public static boolean isPostgres(Connection c) throws SQLException {
    return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
  }
}
