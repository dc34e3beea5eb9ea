package uk.svkit.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's promise, tested the hard way: a separate JVM commits batches through the
 * driver and is killed with SIGKILL mid-stream; this JVM then opens the same data directory (the
 * orphaned PostgreSQL must be dealt with) and finds every acknowledged batch whole and no trace of
 * the batch that was in flight.
 */
class EmbeddedPostgresDriverTest {
  private static final int BATCH = 500;

  @TempDir Path data;

  @AfterEach
  void stopDatabases() throws Exception {
    EmbeddedPostgresServer.stop(data.resolve("postgresql").toAbsolutePath().normalize());
    EmbeddedPostgresServer.stop(data.resolve("secured").toAbsolutePath().normalize());
  }

  @Test
  void everyCommittedBatchSurvivesSigkillOfTheJvmAndNoHalfBatchDoes() throws Exception {
    String url = EmbeddedPostgresDriver.URL_PREFIX + data.resolve("postgresql");
    Process writer =
        new ProcessBuilder(
                javaExecutable(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<Long> acknowledged = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        acknowledged.add(Long.parseLong(line.trim()));
        if (acknowledged.size() == 20) {
          break; // kill while later batches are being written
        }
      }
      writer.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is orphaned
      assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(20, acknowledged.size(), "the writer should have committed 20 batches first");

    try (Connection c = DriverManager.getConnection(url, new Properties());
        PreparedStatement batchRows =
            c.prepareStatement("SELECT count(*) FROM batch_row WHERE batch = ?");
        Statement s = c.createStatement()) {
      for (long batch : acknowledged) {
        batchRows.setLong(1, batch);
        try (ResultSet r = batchRows.executeQuery()) {
          r.next();
          assertEquals(BATCH, r.getInt(1), "acknowledged batch " + batch);
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM batch_row GROUP BY batch HAVING count(*) <> " + BATCH)) {
        assertTrue(!r.next(), "no batch may be stored in part");
      }
      try (ResultSet r = s.executeQuery("SHOW synchronous_commit")) {
        r.next();
        assertEquals("on", r.getString(1));
      }
      try (ResultSet r = s.executeQuery("SHOW fsync")) {
        r.next();
        assertEquals("on", r.getString(1));
      }
    }
  }

  @Test
  void theDatabaseAsksForItsGeneratedPassword() throws Exception {
    Path directory = data.resolve("secured");
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresDriver.URL_PREFIX + directory, new Properties());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT inet_server_port()")) {
      r.next();
      int port = r.getInt(1);
      Properties wrong = new Properties();
      wrong.setProperty("user", "postgres");
      wrong.setProperty("password", "not-the-password");
      assertThrows(
          SQLException.class,
          () ->
              new org.postgresql.Driver()
                  .connect("jdbc:postgresql://localhost:" + port + "/postgres", wrong)
                  .close());
    }
    assertTrue(Files.isRegularFile(data.resolve("secured.password")));
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The child JVM: commits batches of rows and prints each batch's number once it is committed. */
  public static final class Writer {
    public static void main(String[] args) throws Exception {
      try (Connection c = DriverManager.getConnection(args[0], new Properties())) {
        c.createStatement()
            .execute(
                "CREATE TABLE batch_row (batch bigint NOT NULL, n int NOT NULL, payload text)");
        c.setAutoCommit(false);
        try (PreparedStatement insert =
            c.prepareStatement("INSERT INTO batch_row VALUES (?, ?, ?)")) {
          for (long batch = 1; ; batch++) {
            for (int n = 0; n < BATCH; n++) {
              insert.setLong(1, batch);
              insert.setInt(2, n);
              insert.setString(3, "row " + n + " of batch " + batch);
              insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
            System.out.println(batch);
            System.out.flush();
          }
        }
      }
    }
  }
}
