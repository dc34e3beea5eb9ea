package uk.svkit.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The documented load-balanced set-up, run by its own script (liberty-server/cluster/
 * two-instances.sh): two packaged servers on ports 9181 and 9182, both on a fresh database in the
 * suite's PostgreSQL, behind nginx on 9188.
 */
public final class LoadBalancedPair implements AutoCloseable {
  public static final int PUBLIC_PORT = 9188;
  private static final int[] INSTANCE_PORTS = {9181, 9182};
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path home;
  private final String database;
  private Process script;

  private LoadBalancedPair(Path home, String database) {
    this.home = home;
    this.database = database;
  }

  /** Creates a fresh database, starts both instances at once and waits until both are ready. */
  public static LoadBalancedPair start(Map<String, String> settings) throws Exception {
    Path home = PackagedServer.newHome("load-balanced");
    String database = "svkit_lb_" + System.currentTimeMillis();
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    LoadBalancedPair pair = new LoadBalancedPair(home, database);
    Path scriptPath = Path.of(System.getProperty("svkit.cluster.script"));
    ProcessBuilder builder =
        new ProcessBuilder("bash", scriptPath.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("two-instances.log").toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            name -> name.startsWith("SVKIT_") || name.startsWith("HTTP") || name.startsWith("MP_"));
    builder.environment().putAll(settings);
    builder.environment().put("SVKIT_JAR", System.getProperty("svkit.server.jar"));
    builder.environment().put("WORK_DIR", home.toAbsolutePath().toString());
    builder.environment().put("PUBLIC_PORT", Integer.toString(PUBLIC_PORT));
    builder.environment().put("INSTANCE_PORTS", INSTANCE_PORTS[0] + " " + INSTANCE_PORTS[1]);
    builder.environment().put("SVKIT_DB_URL", jdbcUrl(database));
    builder.environment().put("SVKIT_DB_USER", "postgres");
    builder.environment().put("SVKIT_DB_PASSWORD", "postgres");
    pair.script = builder.start();
    pair.awaitReady();
    return pair;
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      assertTrue(script.isAlive(), "the set-up script exited; see " + home);
      if (Files.exists(home.resolve("two-instances.log"))
          && Files.readString(home.resolve("two-instances.log")).contains("ready: ")
          && status(publicUri().resolve("/health/ready")) == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the two instances were not ready in 300 s; see " + home);
  }

  public URI publicUri() {
    return URI.create("http://localhost:" + PUBLIC_PORT);
  }

  /** An instance directly (1 or 2), bypassing nginx. */
  public URI instanceUri(int n) {
    return URI.create("http://localhost:" + INSTANCE_PORTS[n - 1]);
  }

  /** The console log of instance 1 or 2. */
  public String log(int n) throws IOException {
    return Files.readString(home.resolve("instance-" + n + ".log"));
  }

  public String database() {
    return database;
  }

  public static String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:"
        + Integer.getInteger("svkit.it.pg.port", 55432)
        + "/"
        + database;
  }

  /** SIGKILL of instance 1 or 2: no shutdown hook, nothing closed cleanly. */
  public void kill(int n) throws Exception {
    long pid = Long.parseLong(Files.readString(home.resolve("instance-" + n + ".pid")).trim());
    ProcessHandle instance = ProcessHandle.of(pid).orElseThrow();
    instance.destroyForcibly();
    instance.onExit().get(30, TimeUnit.SECONDS);
  }

  public static int status(URI uri) throws InterruptedException {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notListening) {
      return -1;
    }
  }

  /** Stops nginx and the instances (the script's own clean-up), then drops the database. */
  @Override
  public void close() throws Exception {
    if (script != null && script.isAlive()) {
      script.destroy();
      if (!script.waitFor(90, TimeUnit.SECONDS)) {
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
      }
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (SQLException e) {
      // Left for the next clean build; it is under the test PostgreSQL's temporary data.
    }
  }
}
