package uk.svkit.it.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.PackagedServer;
import uk.svkit.it.support.Tokens;

/**
 * Nothing the API acknowledged is lost, and nothing it did not finish is half there, when the
 * server process is killed with SIGKILL. Runs the packaged server ({@code
 * liberty-server/target/svkit.jar}) as its own process, twice per database run of the suite:
 *
 * <ul>
 *   <li>in the H2 run, on the <b>embedded default</b> (no database settings at all: the embedded
 *       PostgreSQL in a fresh data directory), which is what a new install gets;
 *   <li>in the PostgreSQL run, on the suite's PostgreSQL server (a database of its own).
 * </ul>
 *
 * <p>Kill points: (1) while a bulk request is in flight, before its response; (2) straight after a
 * bulk request's 201 arrived. After each, the server restarts on the same data; every batch is then
 * sent again with its original {@code Idempotency-Key}, and the API must show exactly one copy of
 * every return, the acknowledged ids unchanged, and totals and progress to match.
 */
class CrashIT {
  private static final String SUPPLIER_ORG_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final int KPIS = 5;
  private static final int PERIODS_PER_BATCH = 60;
  private static final int BATCHES = 8;
  private static final String[] MEASURES = {
    "LM-EMP-01", "LM-SKL-01", "LM-SUP-01", "LM-VOL-01", "LM-CO2-01"
  };

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String buyer = Tokens.of("GB-LAE-WRL", "buyer");
  private final String supplier = Tokens.of("GB-COH-09900001", "supplier");
  private PackagedServer server;

  @AfterEach
  void stopServer() throws Exception {
    if (server != null) {
      server.close(); // a normal stop, so the embedded PostgreSQL is stopped with it
    }
  }

  @Test
  void acknowledgedBulkReturnsSurviveSigkillAndRetriesStoreThemExactlyOnce() throws Exception {
    Path home = PackagedServer.newHome(database());
    server = new PackagedServer(home, environment(home)).start();
    List<Batch> batches = new ArrayList<>();
    for (int b = 0; b < 6; b++) {
      batches.add(new Batch(b, createContract(b)));
    }
    // Batches 0 and 1 answered; batches 2, 3 and 4 sent together, and the server killed half way
    // through the time one batch took (kill point 1: during requests, before their responses).
    long began = System.nanoTime();
    send(batches.get(0), 201);
    send(batches.get(1), 201);
    long oneBatchMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) / 2;
    List<Batch> inFlight = batches.subList(2, 5);
    List<CompletableFuture<Boolean>> answered = new ArrayList<>();
    for (Batch batch : inFlight) {
      answered.add(
          http.sendAsync(bulk(batch), HttpResponse.BodyHandlers.ofString())
              .handle((response, failure) -> failure == null && response.statusCode() == 201));
    }
    Thread.sleep(Math.max(20, oneBatchMillis / 2));
    server.kill();
    long unanswered = 0;
    for (CompletableFuture<Boolean> a : answered) {
      unanswered += a.get(30, TimeUnit.SECONDS) ? 0 : 1;
    }
    System.out.printf(
        "CrashIT (%s): killed %d ms after sending 3 batches; %d unanswered%n",
        database(), Math.max(20, oneBatchMillis / 2), unanswered);
    assertTrue(
        unanswered > 0,
        "at least one request must have been in flight at the kill, else this kill point tests nothing");

    server.start();
    for (Batch batch : inFlight) {
      assertAllOrNothing(batch);
    }
    assertStored(batches.get(0));
    assertStored(batches.get(1));
    // Batch 5 answered, then the server is killed at once (kill point 2).
    send(batches.get(5), 201);
    server.kill();

    server.start();
    for (int b = 6; b < BATCHES; b++) {
      batches.add(new Batch(b, createContract(b)));
    }
    // Every batch again with its own key: replays for those acknowledged, the rest for the first
    // time.
    for (Batch batch : batches) {
      send(batch, 201);
    }
    for (Batch batch : batches) {
      assertStored(batch);
      assertProgress(batch);
    }
  }

  // ---- the server ----

  private Map<String, String> environment(Path home) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("SVKIT_DEMO", "true");
    env.put("SVKIT_DATA_DIR", home.resolve("data").toAbsolutePath().toString());
    if (database().equals("postgresql")) {
      String name = "crash_" + Long.toString(System.nanoTime(), 36);
      String admin =
          "jdbc:postgresql://localhost:"
              + Integer.getInteger("svkit.it.pg.port", 55432)
              + "/postgres";
      try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      env.put("SVKIT_DB_URL", admin.replace("/postgres", "/" + name));
      env.put("SVKIT_DB_USER", "postgres");
      env.put("SVKIT_DB_PASSWORD", "postgres");
    }
    return env;
  }

  /**
   * "embedded" in the suite's H2 run (the default a new install gets), "postgresql" in its
   * PostgreSQL run.
   */
  private static String database() {
    return "PostgreSQL".equals(System.getProperty("svkit.it.database")) ? "postgresql" : "embedded";
  }

  // ---- the data ----

  /**
   * One bulk request: the returns of one contract's KPIs over consecutive months, one per (KPI,
   * month).
   */
  private static final class Batch {
    final int number;
    final Contract contract;
    final String idempotencyKey = UUID.randomUUID().toString();
    List<String> acknowledgedIds;

    Batch(int number, Contract contract) {
      this.number = number;
      this.contract = contract;
    }

    int size() {
      return KPIS * PERIODS_PER_BATCH;
    }

    BigDecimal quantity(int kpi, int period) {
      return BigDecimal.valueOf((number + 1) * 10 + kpi * 3 + period % 7);
    }

    BigDecimal expectedClaimed(int kpi) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int p = 0; p < PERIODS_PER_BATCH; p++) {
        sum = sum.add(quantity(kpi, p));
      }
      return sum;
    }

    String json() {
      StringBuilder body = new StringBuilder(size() * 200).append("{\"returns\":[");
      for (int k = 0; k < KPIS; k++) {
        for (int p = 0; p < PERIODS_PER_BATCH; p++) {
          LocalDate from = START.plusMonths(p);
          body.append(k == 0 && p == 0 ? "" : ",")
              .append("{\"contractId\":\"")
              .append(contract.id)
              .append("\",\"commitmentId\":\"")
              .append(contract.kpis.get(k))
              .append("\",\"periodStart\":\"")
              .append(from)
              .append("\",\"periodEnd\":\"")
              .append(from.plusMonths(1).minusDays(1))
              .append("\",\"quantity\":")
              .append(quantity(k, p))
              .append(",\"narrative\":\"crash test batch ")
              .append(number)
              .append("\"}");
        }
      }
      return body.append("]}").toString();
    }
  }

  private record Contract(String id, List<String> kpis) {}

  private Contract createContract(int n) throws Exception {
    StringBuilder body =
        new StringBuilder(
            String.format(
                "{\"buyerContractId\":\"CRASH-%s-%d\",\"title\":\"Crash test contract %d\",\"supplierOrganisationId\":\"%s\","
                    + "\"value\":1000000,\"currency\":\"GBP\",\"startDate\":\"2020-01-01\",\"endDate\":\"2029-12-31\","
                    + "\"placesServed\":[\"E08000015\"],\"frameworkCode\":\"SVK-LOCAL\",\"edition\":\"1\",\"commitments\":[",
                UUID.randomUUID().toString().substring(0, 8), n, n, SUPPLIER_ORG_ID));
    for (int k = 0; k < KPIS; k++) {
      body.append(k == 0 ? "" : ",")
          .append(
              String.format(
                  "{\"measureCode\":\"%s\",\"targetQuantity\":1000,\"period\":\"WHOLE_CONTRACT\",\"reportingFrequency\":\"MONTHLY\"}",
                  MEASURES[k]));
    }
    HttpResponse<String> created =
        post(
            "/api/v1/contracts", buyer, body.append("]}").toString(), UUID.randomUUID().toString());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject contract = json(created.body());
    List<String> kpis = new ArrayList<>();
    for (JsonValue commitment : contract.getJsonArray("commitments")) {
      kpis.add(commitment.asJsonObject().getString("id"));
    }
    assertEquals(KPIS, kpis.size());
    return new Contract(contract.getString("id"), kpis);
  }

  // ---- requests and checks ----

  private void send(Batch batch, int expectedStatus) throws Exception {
    HttpResponse<String> response = http.send(bulk(batch), HttpResponse.BodyHandlers.ofString());
    assertEquals(
        expectedStatus, response.statusCode(), "batch " + batch.number + ": " + response.body());
    JsonObject result = json(response.body());
    assertEquals(batch.size(), result.getInt("accepted"));
    List<String> ids = result.getJsonArray("returnIds").getValuesAs(JsonValue::toString);
    if (batch.acknowledgedIds == null) {
      batch.acknowledgedIds = ids;
    } else {
      assertTrue(
          batch.acknowledgedIds.equals(ids),
          "a retry of batch "
              + batch.number
              + " with the same key names the returns first acknowledged");
      assertEquals("true", response.headers().firstValue("Idempotent-Replayed").orElse(null));
    }
  }

  private HttpRequest bulk(Batch batch) {
    return HttpRequest.newBuilder(uri("/api/v1/returns/bulk"))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + supplier)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", batch.idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(batch.json()))
        .build();
  }

  /**
   * The whole CSV export of the contract's returns: one line per stored return (readable, not
   * locked).
   */
  private Map<String, String> storedReturns(Contract contract) throws Exception {
    HttpResponse<String> csv = get("/api/v1/contracts/" + contract.id + "/returns.csv", buyer);
    assertEquals(200, csv.statusCode(), csv.body());
    Map<String, String> byId = new LinkedHashMap<>();
    String[] lines = csv.body().split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        byId.put(lines[i].split(",")[4], lines[i]); // column 5 is returnId
      }
    }
    return byId;
  }

  private void assertAllOrNothing(Batch batch) throws Exception {
    int stored = storedReturns(batch.contract).size();
    System.out.printf(
        "CrashIT (%s): batch %d, in flight at the kill, has %d of %d returns after restart%n",
        database(), batch.number, stored, batch.size());
    assertTrue(
        stored == 0 || stored == batch.size(),
        "the batch in flight at the kill is stored whole or not at all, not "
            + stored
            + " of "
            + batch.size());
  }

  private void assertStored(Batch batch) throws Exception {
    Map<String, String> stored = storedReturns(batch.contract);
    assertEquals(batch.size(), stored.size(), "returns stored for batch " + batch.number);
    assertTrue(
        stored.keySet().containsAll(batch.acknowledgedIds.stream().map(CrashIT::unquote).toList()),
        "the stored returns of batch " + batch.number + " are the ones acknowledged");
    String one = unquote(batch.acknowledgedIds.get(batch.acknowledgedIds.size() / 2));
    HttpResponse<String> single =
        get("/api/v1/contracts/" + batch.contract.id + "/returns/" + one, supplier);
    assertEquals(200, single.statusCode(), single.body());
  }

  private void assertProgress(Batch batch) throws Exception {
    HttpResponse<String> response =
        get("/api/v1/contracts/" + batch.contract.id + "/progress", buyer);
    assertEquals(200, response.statusCode(), response.body());
    JsonArray commitments = json(response.body()).getJsonArray("commitments");
    for (int k = 0; k < KPIS; k++) {
      String kpi = batch.contract.kpis.get(k);
      JsonObject progress =
          commitments.stream()
              .map(JsonValue::asJsonObject)
              .filter(c -> c.getString("commitmentId").equals(kpi))
              .findFirst()
              .orElseThrow();
      assertEquals(
          0,
          batch.expectedClaimed(k).compareTo(progress.getJsonNumber("claimed").bigDecimalValue()),
          "claimed for KPI " + k + " of batch " + batch.number + ": " + progress);
      assertFalse(progress.isNull("rating"));
    }
  }

  private static String unquote(String json) {
    return json.replace("\"", "");
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String token, String body, String key)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static URI uri(String path) {
    return PackagedServer.uri(path);
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
