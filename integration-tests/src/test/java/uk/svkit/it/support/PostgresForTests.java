package uk.svkit.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL (zonky embedded binaries, no system service needed) before Arquillian
 * starts Liberty, when the run targets PostgreSQL ({@code -Dsvkit.it.database=PostgreSQL}).
 * Registered in META-INF/services so it runs once per test JVM.
 */
public class PostgresForTests implements LauncherSessionListener {
  private static EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"PostgreSQL".equals(System.getProperty("svkit.it.database")) || postgres != null) {
      return;
    }
    try {
      postgres =
          EmbeddedPostgres.builder().setPort(Integer.getInteger("svkit.it.pg.port", 55432)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the test PostgreSQL", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        postgres = null;
      }
    }
  }
}
