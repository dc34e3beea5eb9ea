package uk.svkit.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One embedded PostgreSQL per data directory and JVM, started on first use and stopped when the JVM
 * exits normally (zonky's shutdown hook runs {@code pg_ctl stop -m fast}).
 *
 * <p>Durability settings are explicit because zonky's are for throwaway test databases ({@code
 * fsync} and {@code synchronous_commit} off): here a commit returns only once its WAL is flushed,
 * so a 2xx the API sends is never lost to a crash of the server, of PostgreSQL or of the machine.
 *
 * <p>When the server JVM is killed ({@code kill -9}, the OOM killer), its PostgreSQL lives on as an
 * orphan holding the data directory. The next start asks that orphan for a fast shutdown (it has no
 * clients left: their JVM is gone) and starts afresh; PostgreSQL's own recovery then applies. A
 * lock file beside the data directory keeps a second live JVM from doing that to a database in use.
 */
final class EmbeddedPostgresServer {
  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
  private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();
  private static final String SUPERUSER = "postgres";
  private static final String DATABASE = "postgres";

  private final EmbeddedPostgres postgres;
  private final String password;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
    this.postgres = postgres;
    this.password = password;
  }

  static EmbeddedPostgresServer forDataDirectory(Path dataDirectory) throws SQLException {
    EmbeddedPostgresServer running = RUNNING.get(dataDirectory);
    if (running != null) {
      return running;
    }
    synchronized (RUNNING) {
      running = RUNNING.get(dataDirectory);
      if (running == null) {
        running = start(dataDirectory);
        RUNNING.put(dataDirectory, running);
      }
      return running;
    }
  }

  /**
   * Stops the database on this directory, if this JVM runs it (tests; servers rely on the exit
   * hook).
   */
  static void stop(Path dataDirectory) throws IOException {
    synchronized (RUNNING) {
      EmbeddedPostgresServer running = RUNNING.remove(dataDirectory);
      if (running != null) {
        running.postgres.close();
      }
      FileLock lock = OWNERSHIP.remove(dataDirectory);
      if (lock != null) {
        lock.channel().close();
      }
    }
  }

  Connection connect(Properties given) throws SQLException {
    Properties properties = new Properties();
    properties.putAll(given);
    properties.setProperty("user", SUPERUSER);
    properties.setProperty("password", password);
    // Batched inserts (returns, audit rows, outbox events: a thousand each per bulk request) go as
    // multi-row statements: PostgreSQL then executes a few statements instead of one per row.
    properties.putIfAbsent("reWriteBatchedInserts", "true");
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    return new org.postgresql.Driver().connect(url, properties);
  }

  private static EmbeddedPostgresServer start(Path dataDirectory) throws SQLException {
    long started = System.nanoTime();
    try {
      Files.createDirectories(dataDirectory);
      holdOwnership(dataDirectory);
      OrphanPostmaster.stopIfRunning(dataDirectory);
      String password = Secrets.loadOrCreate(sibling(dataDirectory, ".password"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory.toFile())
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "100")
              .setConnectConfig("password", password)
              // Crash recovery after an unclean stop can take longer than zonky's 10 s default.
              .setPGStartupWait(Duration.ofMinutes(3))
              .start();
      requirePassword(postgres, dataDirectory, password);
      LOG.log(
          Level.INFO,
          "Embedded PostgreSQL ready on localhost:{0} with data in {1} ({2} ms)",
          new Object[] {
            String.valueOf(postgres.getPort()),
            dataDirectory,
            (System.nanoTime() - started) / 1_000_000
          });
      return new EmbeddedPostgresServer(postgres, password);
    } catch (IOException | RuntimeException e) {
      throw new SQLException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(),
          "08001",
          e);
    }
  }

  /**
   * zonky's initdb trusts every local connection. Give the superuser the generated password and
   * make the server ask for it, so that other local users of the machine cannot connect. Run at
   * every start: it also completes a first start that was interrupted half way.
   */
  private static void requirePassword(
      EmbeddedPostgres postgres, Path dataDirectory, String password) throws IOException {
    if (!Secrets.isSafeLiteral(password)) {
      throw new IllegalStateException(
          "The embedded database's password file holds unexpected characters");
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
      Path hba = dataDirectory.resolve("pg_hba.conf");
      String wanted =
          "# Written by svkit: the embedded database asks every client for its password.\n"
              + "local all all scram-sha-256\n"
              + "host all all 127.0.0.1/32 scram-sha-256\n"
              + "host all all ::1/128 scram-sha-256\n";
      if (!wanted.equals(Files.readString(hba))) {
        Files.writeString(hba, wanted);
        s.execute("SELECT pg_reload_conf()");
      }
    } catch (SQLException e) {
      throw new IOException("Could not secure the embedded database: " + e.getMessage(), e);
    }
  }

  /**
   * Locks {@code <data directory>.lock} for the life of this JVM. The operating system releases the
   * lock when the process dies, however it dies, so a held lock means a live owner.
   */
  private static void holdOwnership(Path dataDirectory) throws IOException {
    Path lockFile = sibling(dataDirectory, ".lock");
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
      throw new IOException(
          "Another running process uses this database (" + lockFile + " is locked)");
    }
    // Kept reachable for the life of the JVM; closing the channel would release the lock.
    OWNERSHIP.put(dataDirectory, lock);
  }

  private static final Map<Path, FileLock> OWNERSHIP = new ConcurrentHashMap<>();

  private static Path sibling(Path dataDirectory, String suffix) {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + suffix);
  }
}
