package uk.svkit.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} the build unpacks into target/keycloak) run as
 * its own process on a free port, in dev mode with an in-memory database, importing the realm in
 * src/test/resources/keycloak. Keycloak 26 needs Java 21 or later: {@link #findJava()} looks for
 * one ({@code -Dsvkit.it.keycloak.java=...}, {@code KEYCLOAK_JAVA_HOME}, the running JVM, then
 * /usr/lib/jvm).
 */
public final class KeycloakServer implements AutoCloseable {
  public static final String REALM = "svkit";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path home;
  private final Path javaHome;
  private final int port;
  private Process process;
  private Path log;

  public KeycloakServer(Path home, Path javaHome) throws IOException {
    this.home = home;
    this.javaHome = javaHome;
    this.port = freePort();
  }

  /** The unpacked distribution, or none when the build did not unpack it. */
  public static Optional<Path> distribution() {
    String configured = System.getProperty("svkit.it.keycloak.home");
    if (configured == null) {
      return Optional.empty();
    }
    Path home = Path.of(configured);
    return Files.isRegularFile(home.resolve("bin/kc.sh")) ? Optional.of(home) : Optional.empty();
  }

  /** A JDK of version 21 or later to run Keycloak with, if this machine has one. */
  public static Optional<Path> findJava() {
    List<Path> candidates = new ArrayList<>();
    Stream.of(System.getProperty("svkit.it.keycloak.java"), System.getenv("KEYCLOAK_JAVA_HOME"))
        .filter(p -> p != null && !p.isBlank())
        .map(Path::of)
        .forEach(candidates::add);
    if (Runtime.version().feature() >= 21) {
      candidates.add(Path.of(System.getProperty("java.home")));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> installed = Files.list(jvms)) {
        installed.sorted().forEach(candidates::add);
      } catch (IOException ignored) {
        // No JDK directory to look in.
      }
    }
    return candidates.stream()
        .filter(p -> Files.isExecutable(p.resolve("bin/java")))
        .filter(p -> featureVersion(p) >= 21)
        .findFirst();
  }

  private static int featureVersion(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // Not a JDK we can tell the version of.
    }
    return 0;
  }

  /** Copies the realm into data/import and starts Keycloak; does not wait. */
  public KeycloakServer launch(Path logDirectory) throws IOException {
    Path imports = Files.createDirectories(home.resolve("data/import"));
    try (InputStream realm =
        KeycloakServer.class.getResourceAsStream("/keycloak/" + REALM + "-realm.json")) {
      Files.copy(
          realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    log = logDirectory.resolve("keycloak.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + freePort(),
                "--hostname-strict=false",
                "--cache=local")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    process = builder.start();
    return this;
  }

  /** Waits until the realm's discovery document answers. */
  public KeycloakServer awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), "Keycloak exited; see " + log);
      try {
        if (HTTP.send(
                    HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Keycloak was not ready in " + timeout + "; see " + log);
  }

  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  public String jwksUri() {
    return issuer() + "/protocol/openid-connect/certs";
  }

  public URI tokenEndpoint() {
    return URI.create(issuer() + "/protocol/openid-connect/token");
  }

  /** An access token for a user, by the password grant of a public client. */
  public String passwordToken(String clientId, String username, String password) throws Exception {
    return token(
        tokenEndpoint(),
        Map.of(
            "grant_type", "password",
            "client_id", clientId,
            "username", username,
            "password", password));
  }

  /**
   * Rotates the realm's signing key the way an operator does: adds a new RSA key provider of higher
   * priority and deletes the old ones, so the old key leaves the JWKS document.
   */
  public void rotateSigningKey() throws Exception {
    String admin =
        token(
            URI.create("http://127.0.0.1:" + port + "/realms/master/protocol/openid-connect/token"),
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "admin"));
    String components = "http://127.0.0.1:" + port + "/admin/realms/" + REALM + "/components";
    HttpResponse<String> providers =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(components + "?type=org.keycloak.keys.KeyProvider"))
                .header("Authorization", "Bearer " + admin)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, providers.statusCode(), providers.body());
    List<String> oldSigningProviders;
    try (JsonReader reader = Json.createReader(new StringReader(providers.body()))) {
      oldSigningProviders =
          reader.readArray().getValuesAs(JsonObject.class).stream()
              .filter(p -> "rsa-generated".equals(p.getString("providerId", "")))
              .map(p -> p.getString("id"))
              .toList();
    }
    assertTrue(!oldSigningProviders.isEmpty(), "the realm signs with a generated RSA key");
    String newProvider =
        "{\"name\":\"rsa-rotated\",\"providerId\":\"rsa-generated\","
            + "\"providerType\":\"org.keycloak.keys.KeyProvider\",\"parentId\":\""
            + REALM
            + "\",\"config\":{\"priority\":[\"500\"],\"keySize\":[\"2048\"],"
            + "\"active\":[\"true\"],\"enabled\":[\"true\"],\"algorithm\":[\"RS256\"]}}";
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(components))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(newProvider))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    for (String old : oldSigningProviders) {
      HttpResponse<String> deleted =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(components + "/" + old))
                  .header("Authorization", "Bearer " + admin)
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(204, deleted.statusCode(), deleted.body());
    }
  }

  private static String token(URI endpoint, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "token from " + endpoint + ": " + response.body());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      // kc.sh may run Java as its child rather than exec it: stop both.
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
