import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.demo.MintDemoToken;

/**
 * Bulk-ingest rate of one running server (bench/durability.sh starts it on each database in turn):
 * creates CONTRACTS contracts of 5 monthly KPIs, then POSTs /returns/bulk from THREADS client
 * threads, BATCH returns a request, every return its own (KPI, month) so that none is refused as a
 * second return for a period. Warm-up batches first, then the measured ones; prints returns/s.
 *
 * Usage: java -cp CLASSES IngestBench.java BASE_URL BATCHES BATCH THREADS WARMUP_BATCHES
 */
public class IngestBench {
  private static final String SUPPLIER_ORG_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private static final String[] MEASURES = {"LM-EMP-01", "LM-SKL-01", "LM-SUP-01", "LM-VOL-01", "LM-CO2-01"};
  private static final LocalDate START = LocalDate.of(2000, 1, 1);
  private static final int MONTHS = 600; // a 50-year contract: 5 KPIs x 600 months = 3,000 slots each

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final String buyer;
  private final String supplier;

  IngestBench(String base) throws Exception {
    this.base = base;
    Path key = Path.of("liberty-server/demo/demo-jwt-private.pem");
    buyer = MintDemoToken.mint(key, "buyer@ingest", "GB-LAE-WRL", List.of("buyer"), Duration.ofHours(2));
    supplier = MintDemoToken.mint(key, "feed@ingest", "GB-COH-09900001", List.of("supplier"), Duration.ofHours(2));
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("postgres")) {
      postgres(Integer.parseInt(args[1]), Path.of(args[2]), Boolean.parseBoolean(args[3]));
      return;
    }
    IngestBench bench = new IngestBench(args[0]);
    int batches = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    int warmup = Integer.parseInt(args[4]);
    int slotsPerContract = MEASURES.length * MONTHS;
    int contracts = (int) Math.ceil((double) (batches + warmup) * batch / slotsPerContract);
    List<String[]> kpisByContract = new ArrayList<>();
    for (int c = 0; c < contracts; c++) {
      kpisByContract.add(bench.createContract(c));
    }
    // Slot s of the whole run: contract s / slotsPerContract, then KPI and month within it.
    List<String> bodies = new ArrayList<>();
    for (int b = 0; b < batches + warmup; b++) {
      StringBuilder body = new StringBuilder(batch * 230).append("{\"returns\":[");
      for (int n = 0; n < batch; n++) {
        int slot = b * batch + n;
        String[] contract = kpisByContract.get(slot / slotsPerContract);
        int within = slot % slotsPerContract;
        LocalDate from = START.plusMonths(within / MEASURES.length);
        body.append(n == 0 ? "" : ",").append("{\"contractId\":\"").append(contract[0]).append("\",\"commitmentId\":\"")
            .append(contract[1 + within % MEASURES.length]).append("\",\"periodStart\":\"").append(from)
            .append("\",\"periodEnd\":\"").append(from.plusMonths(1).minusDays(1)).append("\",\"quantity\":")
            .append(1 + slot % 13).append(",\"narrative\":\"Monthly figures from the payroll system\"}");
      }
      bodies.add(body.append("]}").toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    bench.send(pool, bodies.subList(0, warmup));
    long started = System.nanoTime();
    bench.send(pool, bodies.subList(warmup, bodies.size()));
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    System.out.printf("ingested %,d returns in %.1f s: %,.0f returns/s (%d threads, %,d a request)%n",
        (long) batches * batch, seconds, batches * batch / seconds, threads, batch);
  }

  /** A stand-alone PostgreSQL (zonky) for the server to use, durable or with zonky's test defaults. */
  private static void postgres(int port, Path dir, boolean durable) throws Exception {
    var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setPort(port)
        .setDataDirectory(dir).setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60));
    if (durable) {
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    var pg = builder.start();
    try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement();
        var r = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
      r.next();
      System.out.printf("postgres ready on %d: fsync=%s synchronous_commit=%s%n", port, r.getString(1), r.getString(2));
    }
    Thread.currentThread().join();
  }

  private void send(ExecutorService pool, List<String> bodies) throws Exception {
    List<Future<?>> sent = new ArrayList<>();
    for (String body : bodies) {
      sent.add(pool.submit(() -> {
        HttpResponse<String> r = post("/api/v1/returns/bulk", supplier, body);
        if (r.statusCode() != 201) {
          throw new IllegalStateException("bulk answered " + r.statusCode() + ": " + r.body());
        }
        return null;
      }));
    }
    for (Future<?> f : sent) {
      f.get();
    }
  }

  private String[] createContract(int n) throws Exception {
    StringBuilder body = new StringBuilder(String.format(
        "{\"buyerContractId\":\"INGEST-%s\",\"title\":\"Ingest bench %d\",\"supplierOrganisationId\":\"%s\",\"value\":1000000,"
            + "\"currency\":\"GBP\",\"startDate\":\"%s\",\"endDate\":\"%s\",\"placesServed\":[\"E08000015\"],"
            + "\"frameworkCode\":\"SVK-LOCAL\",\"edition\":\"1\",\"commitments\":[",
        UUID.randomUUID(), n, SUPPLIER_ORG_ID, START, START.plusMonths(MONTHS).minusDays(1)));
    for (int k = 0; k < MEASURES.length; k++) {
      body.append(k == 0 ? "" : ",").append(String.format(
          "{\"measureCode\":\"%s\",\"targetQuantity\":1000,\"period\":\"WHOLE_CONTRACT\",\"reportingFrequency\":\"MONTHLY\"}", MEASURES[k]));
    }
    HttpResponse<String> r = post("/api/v1/contracts", buyer, body.append("]}").toString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("contract answered " + r.statusCode() + ": " + r.body());
    }
    String json = r.body();
    String[] ids = new String[1 + MEASURES.length];
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json.substring(json.indexOf("\"commitments\"")));
    for (int k = 1; k <= MEASURES.length && id.find(); k++) {
      ids[k] = id.group(1);
    }
    String location = r.headers().firstValue("Location").orElseThrow();
    ids[0] = location.substring(location.lastIndexOf('/') + 1);
    return ids;
  }

  private HttpResponse<String> post(String path, String token, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
