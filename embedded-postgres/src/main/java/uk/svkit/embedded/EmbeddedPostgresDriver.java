package uk.svkit.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for svkit's embedded default database: a real PostgreSQL that the application
 * server starts on first use, with its data in the directory the URL names:
 *
 * <pre>jdbc:svkit:embedded-postgresql:/home/svkit/.svkit/data/postgresql</pre>
 *
 * <p>It exists so that the zero-set-up default is as durable as a production database: every commit
 * is on disk (fsync, synchronous commit) before the API acknowledges it, and a crash of the server
 * at any moment leaves every transaction either whole or absent. The embedded H2 it replaces did
 * neither under {@code kill -9} (see the README's "Durability" section).
 *
 * <p>The database belongs to this driver: it creates the superuser's password on first start and
 * ignores the user and password it is given, so a deployment has no default credential to change.
 * Every other connection property is passed on to the PostgreSQL driver.
 */
public final class EmbeddedPostgresDriver implements Driver {
  static final String URL_PREFIX = "jdbc:svkit:embedded-postgresql:";

  static {
    try {
      DriverManager.registerDriver(new EmbeddedPostgresDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null; // JDBC: a driver answers null for URLs that are not its own
    }
    EmbeddedPostgresServer server = EmbeddedPostgresServer.forDataDirectory(dataDirectory(url));
    return server.connect(info);
  }

  static Path dataDirectory(String url) throws SQLException {
    String path = url.substring(URL_PREFIX.length()).trim();
    if (path.isEmpty()) {
      throw new SQLException(
          "The embedded PostgreSQL URL names no data directory: " + url, "08001");
    }
    return Path.of(path).toAbsolutePath().normalize();
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(URL_PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false; // it is the PostgreSQL driver's compliance that counts, and that driver says
    // false too
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
