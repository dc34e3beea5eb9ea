package uk.svkit.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code liberty-server/target/svkit.jar}) run as its own process, as a user
 * runs it, on port 9180: for the tests that kill it or start it with settings of their own. Its
 * environment is only what the test gives, not the suite's (failsafe sets SVKIT_DB_URL, a 4-second
 * idempotency TTL and more for the Arquillian server).
 */
public final class PackagedServer implements AutoCloseable {
  public static final int HTTP_PORT = 9180;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path home;
  private final Map<String, String> environment;
  private Process process;
  private int starts;

  public PackagedServer(Path home, Map<String, String> environment) throws IOException {
    this.home = Files.createDirectories(home);
    this.environment = new HashMap<>(environment);
    this.environment.putIfAbsent("HTTP_HOST", "localhost");
    this.environment.put("HTTP_PORT", Integer.toString(HTTP_PORT));
  }

  /** A fresh directory for one test's server under target/. */
  public static Path newHome(String name) throws IOException {
    Path root = Path.of(System.getProperty("svkit.it.crash.dir", "target/crash"));
    return Files.createDirectories(root.resolve(name + "-" + System.currentTimeMillis()));
  }

  public Path home() {
    return home;
  }

  /** The console log of the latest start. */
  public Path log() {
    return home.resolve("server-" + starts + ".log");
  }

  /** Starts the process; does not wait. */
  public PackagedServer launch() throws IOException {
    Path jar =
        Path.of(System.getProperty("svkit.server.jar", "../liberty-server/target/svkit.jar"));
    assertTrue(
        Files.isRegularFile(jar), "the packaged server " + jar + " (built by liberty-server)");
    starts++;
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(log().toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            name -> name.startsWith("SVKIT_") || name.startsWith("HTTP") || name.startsWith("MP_"));
    builder.environment().putAll(environment);
    // The runnable jar extracts itself into a directory that must not exist yet; the data lives in
    // SVKIT_DATA_DIR and the log above, so earlier extractions can go.
    for (int earlier = 1; earlier < starts; earlier++) {
      deleteTree(home.resolve("server-" + earlier));
    }
    builder
        .environment()
        .put("WLP_JAR_EXTRACT_DIR", home.resolve("server-" + starts).toAbsolutePath().toString());
    process = builder.start();
    return this;
  }

  /** Starts the process and waits until {@code /health/ready} answers 200. */
  public PackagedServer start() throws Exception {
    launch();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), "the server exited; see " + log());
      if (status("/health/ready") == 200) {
        return this;
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not become ready in 180 s; see " + log());
  }

  /**
   * Waits until the server's log says {@code text}, failing if the process exits without saying it;
   * the log then.
   */
  public String awaitLog(String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      String log = Files.exists(log()) ? Files.readString(log()) : "";
      if (log.contains(text)) {
        return log;
      }
      assertTrue(
          process.isAlive(), "the server exited without logging '" + text + "'; see " + log());
      Thread.sleep(500);
    }
    throw new AssertionError("the log did not say '" + text + "' in 180 s; see " + log());
  }

  /** The status a GET of this path answers, or -1 while nothing listens. */
  public int status(String path) throws InterruptedException {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notListening) {
      return -1;
    }
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL of the server JVM: no shutdown hook, no clean close of anything. */
  public void kill() throws Exception {
    process.destroyForcibly();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
  }

  /** A normal stop (SIGTERM), so that the embedded PostgreSQL stops with the server. */
  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  public static URI uri(String path) {
    return URI.create("http://localhost:" + HTTP_PORT + path);
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
