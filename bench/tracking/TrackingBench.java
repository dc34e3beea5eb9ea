import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.demo.MintDemoToken;

/**
 * Driver of bench/tracking.sh (read that header first). Two modes:
 *
 * <ul>
 *   <li>{@code postgres --port 55532 --dir DIR}: starts an embedded PostgreSQL (zonky, its binaries
 *       extracted under DIR, data in DIR/data), prints "postgres ready", and runs until killed;
 *   <li>{@code run [options]}: against a running svkit (SVKIT_DEMO=true) on that PostgreSQL, creates the
 *       contracts and KPIs through the API, times bulk ingestion over HTTP beside a plain JDBC batch insert
 *       of the same rows, then times the dashboards at two data sizes beside a single-record read.
 * </ul>
 *
 * Options of run (all optional): --base http://localhost:9380, --jdbc jdbc:postgresql://localhost:55532/postgres,
 * --contracts 100 (Wirral's), --liverpool-contracts 10, --kpis 5, --batch 1000, --threads 4, --contracts-per-batch 5,
 * --warmup-batches 5, --returns 100000 (measured ingestion), --total 1000000 (HTTP returns loaded before the second
 * dashboard timing), --load-minutes 12 (cap on loading up to --total), --warmup 20 (seconds of dashboard warm-up),
 * --calls 200, --server-pid PID and --postmaster-pid-file FILE (for the CPU split), --jfr-dir DIR (record the server with
 * Java Flight Recorder, through jcmd, during the measured HTTP ingestion and the second dashboard timing).
 *
 * <p>Only the JDK, the PostgreSQL driver (for the baseline and the clean-up) and, in postgres mode, zonky.
 */
public final class TrackingBench {
  private static final String FRAMEWORK = "SVK-LOCAL";
  private static final String PROXY_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";
  private static final String SUPPLIER_ORG_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String LIVERPOOL = "GB-LAE-LIV";
  private static final String SUPPLIER = "GB-COH-09900001";
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate END = LocalDate.of(2029, 12, 31);
  private static final int PERIODS = 120;
  private static final String JDBC_SUBJECT = "bench-jdbc-baseline";
  /** Measure, whole-contract target, and the range of a month's quantity. */
  private static final String[][] MEASURES = {
    {"LM-EMP-01", "20", "0", "3"}, {"LM-SKL-01", "500", "0", "10"}, {"LM-SUP-01", "500000", "1000", "8000"},
    {"LM-VOL-01", "2000", "5", "40"}, {"LM-CO2-01", "100", "0", "2"}, {"LM-SUP-02", "200000", "200", "3000"},
    {"LM-WEL-01", "50000", "100", "800"}, {"LM-VCS-01", "20000", "50", "300"}};
  private static final String[] NARRATIVES = {
    "Figures from the payroll system for the month, checked by the contract manager",
    "Apprentices and trainees on site this month; timesheets held on file",
    "Local spend from the purchase ledger, suppliers within the borough",
    "Volunteering logged by staff in the HR system against community projects",
    "Fleet telematics report; savings against the tender baseline"};

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, String> options;
  private final String base;
  private final Path key = Path.of("liberty-server/demo/demo-jwt-private.pem");

  /** A contract as the bench knows it: ids, its buyer's internal id and its KPIs' ids. */
  record Kontract(String id, int index, String buyerOrgId, String buyer, List<String> kpis) {}

  /** One return as both paths write it. */
  record Item(Kontract contract, int kpi, int period, BigDecimal quantity, String narrative, String evidenceUrl) {
    LocalDate periodStart() {
      return START.plusMonths(period);
    }

    LocalDate periodEnd() {
      return periodStart().plusMonths(1).minusDays(1);
    }

    String json() {
      StringBuilder s = new StringBuilder(320).append("{\"contractId\":\"").append(contract.id()).append("\",\"commitmentId\":\"")
          .append(contract.kpis().get(kpi)).append("\",\"periodStart\":\"").append(periodStart()).append("\",\"periodEnd\":\"")
          .append(periodEnd()).append("\",\"quantity\":").append(quantity.toPlainString()).append(",\"narrative\":\"").append(narrative).append('"');
      if (evidenceUrl != null) {
        s.append(",\"evidence\":[{\"kind\":\"URL\",\"reference\":\"").append(evidenceUrl).append("\"}]");
      }
      return s.append('}').toString();
    }

    /** The evidence column as the server stores it (JSON-B of the EvidenceRef list). */
    String evidenceColumn() {
      return evidenceUrl == null ? null : "[{\"kind\":\"URL\",\"reference\":\"" + evidenceUrl + "\"}]";
    }
  }

  private TrackingBench(Map<String, String> options) {
    this.options = options;
    String b = options.get("--base");
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("postgres")) {
      postgres(args);
      return;
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (String[] o : new String[][] {
      {"--base", "http://localhost:9380"}, {"--jdbc", "jdbc:postgresql://localhost:55532/postgres"}, {"--contracts", "100"},
      {"--liverpool-contracts", "10"}, {"--kpis", "5"}, {"--batch", "1000"}, {"--threads", "4"}, {"--contracts-per-batch", "5"},
      {"--warmup-batches", "5"}, {"--returns", "100000"}, {"--total", "1000000"}, {"--load-minutes", "12"}, {"--warmup", "20"},
      {"--calls", "200"}, {"--sizes", ""}, {"--server-pid", ""}, {"--postmaster-pid-file", ""}, {"--jfr-dir", ""}}) {
      options.put(o[0], o[1]);
    }
    int from = args.length > 0 && args[0].equals("run") ? 1 : 0;
    for (int i = from; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        System.err.println("Unknown option or missing value: " + args[i] + "; options: " + options.keySet());
        System.exit(2);
      }
      options.put(args[i], args[i + 1]);
    }
    try {
      new TrackingBench(options).run();
    } catch (Exception | Error e) {
      // The HTTP client's threads would keep the JVM (and the script waiting on it) alive.
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** Embedded PostgreSQL until the process is killed (zonky's shutdown hook stops it). */
  private static void postgres(String[] args) throws Exception {
    int port = 55532;
    Path dir = Files.createTempDirectory("svkit-bench-pg");
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    // A PostgreSQL left running by an interrupted run would answer on this port with its old data
    // and skew every figure: refuse to start rather than measure the wrong database.
    try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
      probe.setReuseAddress(true);
    } catch (IOException busy) {
      throw new IllegalStateException("Port " + port + " is in use (a PostgreSQL left by an earlier run?); stop it or set PG_PORT", busy);
    }
    EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(port).setOverrideWorkingDirectory(dir.resolve("bin").toFile())
        .setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60)).start();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version(), current_setting('synchronous_commit'), current_setting('fsync'),"
            + " current_setting('shared_buffers')")) {
      r.next();
      System.out.printf("postgres ready on %d: %s; synchronous_commit=%s fsync=%s shared_buffers=%s (zonky defaults)%n", port,
          r.getString(1).replaceAll(" on .*", ""), r.getString(2), r.getString(3), r.getString(4));
    }
    Thread.currentThread().join();
  }

  private int opt(String name) {
    return Integer.parseInt(options.get(name));
  }

  private void run() throws Exception {
    if (!options.get("--sizes").isEmpty()) {
      // Load as far as the largest size; dashboards are timed at each.
      int largest = 0;
      for (String size : options.get("--sizes").split(",")) {
        largest = Math.max(largest, Integer.parseInt(size.strip().replace("_", "")));
      }
      options.put("--total", Integer.toString(largest));
    }
    int batch = opt("--batch");
    int threads = opt("--threads");
    String wirral = mint("buyer@bench", WIRRAL, "buyer");
    String liverpool = mint("buyer@bench-liv", LIVERPOOL, "buyer");
    String supplier = mint("returns-feed@" + SUPPLIER, SUPPLIER, "supplier");
    ExecutorService pool = Executors.newFixedThreadPool(threads);

    // 1. Contracts and KPIs, as the buyers: monthly KPIs over ten years, so 120 reporting periods each. A KPI takes
    // one return per period, so every return needs a KPI-period slot of its own: there are at least --contracts
    // (--liverpool-contracts) contracts, and as many more as the returns to load need. The JDBC baseline writes
    // the same rows into contracts of its own (the HTTP path has taken the slots), deleted after the measurement.
    long t = System.nanoTime();
    int kpis = opt("--kpis");
    int perBatch = opt("--contracts-per-batch");
    int warmupBatches = opt("--warmup-batches");
    int measuredBatches = opt("--returns") / batch;
    int httpBatches = Math.max(warmupBatches + measuredBatches, (opt("--total") + batch - 1) / batch);
    int jdbcBatches = warmupBatches + measuredBatches;
    int wrlCount = Math.max(opt("--contracts"), Generator.contractsNeeded(httpBatches, false, batch, perBatch, kpis));
    int livCount = Math.max(opt("--liverpool-contracts"), Generator.contractsNeeded(httpBatches, true, batch, perBatch, kpis));
    List<Kontract> wrl = parallel(pool, wrlCount, i -> createContract(wirral, "WRL", i, kpis, "E08000015"));
    List<Kontract> liv = parallel(pool, livCount, i -> createContract(liverpool, "LIV", i, kpis, "E08000012"));
    List<Kontract> wrlJdbc = parallel(pool, Generator.contractsNeeded(jdbcBatches, false, batch, perBatch, kpis),
        i -> createContract(wirral, "WRL-JDBC", i, kpis, "E08000015"));
    List<Kontract> livJdbc = parallel(pool, Generator.contractsNeeded(jdbcBatches, true, batch, perBatch, kpis),
        i -> createContract(liverpool, "LIV-JDBC", i, kpis, "E08000012"));
    phase(String.format("create %,d + %,d contracts x %d monthly KPIs (%,d KPI-period slots), and %,d for the JDBC baseline", wrl.size(),
        liv.size(), kpis, (wrl.size() + liv.size()) * kpis * PERIODS, wrlJdbc.size() + livJdbc.size()), t);
    expect(204, "PUT", "/api/v1/dashboards/benchmark/opt-in", wirral, "{\"optIn\":true}", null);
    expect(204, "PUT", "/api/v1/dashboards/benchmark/opt-in", liverpool, "{\"optIn\":true}", null);

    // 2. Warm-up of both write paths, then the measured ingestion: HTTP first, then JDBC, rows of the same shape.
    Generator gen = new Generator(wrl, liv, batch, perBatch, 20261122L);
    Generator jdbcGen = new Generator(wrlJdbc, livJdbc, batch, perBatch, 20261122L);
    AtomicInteger loaded = new AtomicInteger();
    // The demo data brings returns of its own (the anchor story, a confirmed delivery and its
    // correction): the check after loading counts what this run added.
    demoCounts = returnCounts();
    t = System.nanoTime();
    ingestHttp(pool, supplier, gen, 0, warmupBatches, loaded);
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres")) {
      insertJdbc(c, jdbcGen, 0, warmupBatches);
    }
    phase(String.format("warm-up: %d batches over HTTP, %d over JDBC", warmupBatches, warmupBatches), t);
    int sample = gen.batch(warmupBatches).stream().map(Item::json).mapToInt(s -> s.length() + 1).sum() + 14;
    System.out.printf("  one request of %,d returns is about %,d bytes of JSON%n", batch, sample);

    Cpu cpu = new Cpu(options.get("--server-pid"), options.get("--postmaster-pid-file"));
    Cpu.Snapshot before = cpu.snapshot();
    jfr("start", "ingestion");
    long t0 = System.nanoTime();
    ingestHttp(pool, supplier, gen, warmupBatches, measuredBatches, loaded);
    double httpSeconds = (System.nanoTime() - t0) / 1e9;
    jfr("stop", "ingestion");
    Cpu.Snapshot afterHttp = cpu.snapshot();
    double jdbcSeconds;
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres")) {
      t0 = System.nanoTime();
      insertJdbc(c, jdbcGen, warmupBatches, measuredBatches);
      jdbcSeconds = (System.nanoTime() - t0) / 1e9;
    }
    Cpu.Snapshot afterJdbc = cpu.snapshot();
    // The same rows again as multi-row INSERTs (the driver's reWriteBatchedInserts, which the server's connections use
    // on the embedded database and in this run): the floor of a batch insert on this machine.
    String rewriteUrl = options.get("--jdbc") + (options.get("--jdbc").contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    double rewriteSeconds;
    try (Connection c = DriverManager.getConnection(rewriteUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
      // The first pass's rows hold the KPI-period slots (one live return each): free them.
      s.executeUpdate("DELETE FROM trk_return WHERE submitted_by = '" + JDBC_SUBJECT + "'");
      s.execute("VACUUM trk_return");
      t0 = System.nanoTime();
      insertJdbc(c, jdbcGen, warmupBatches, measuredBatches);
      rewriteSeconds = (System.nanoTime() - t0) / 1e9;
    }
    int measured = measuredBatches * batch;
    double httpRate = measured / httpSeconds;
    double jdbcRate = measured / jdbcSeconds;
    double rewriteRate = measured / rewriteSeconds;
    System.out.println();
    System.out.printf("ingestion of %,d returns (%,d per request/batch):%n", measured, batch);
    System.out.printf("  HTTP POST /returns/bulk, %d client threads   %8.1f s  %,9.0f returns/s%n", threads, httpSeconds, httpRate);
    System.out.printf("  plain JDBC batch insert into trk_return, 1 thread %5.1f s  %,9.0f returns/s%n", jdbcSeconds, jdbcRate);
    System.out.printf("  JDBC batch as multi-row INSERTs, 1 thread      %5.1f s  %,9.0f returns/s%n", rewriteSeconds, rewriteRate);
    System.out.printf("  ratio HTTP / plain JDBC batch %.2f (target >= 0.75); HTTP / multi-row JDBC %.2f; HTTP %s the 10,000 returns/s target%n",
        httpRate / jdbcRate, httpRate / rewriteRate, httpRate >= 10_000 ? "meets" : "MISSES");
    System.out.println("  CPU seconds during HTTP ingestion: " + afterHttp.minus(before).describe(measured));
    System.out.println("  CPU seconds during JDBC insert:     " + afterJdbc.minus(afterHttp).describe(measured));

    // The baseline's rows are not in the kept totals (only the API maintains those): remove them.
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres"); Statement s = c.createStatement()) {
      t = System.nanoTime();
      int deleted = s.executeUpdate("DELETE FROM trk_return WHERE submitted_by = '" + JDBC_SUBJECT + "'");
      // Their contracts too (KPIs and places go with them), so the dashboards read only the API's contracts.
      s.executeUpdate("DELETE FROM trk_contract WHERE buyer_contract_id LIKE 'BENCH-%-JDBC-%'");
      s.execute("VACUUM ANALYZE trk_return");
      s.execute("ANALYZE");
      phase(String.format("delete the %,d JDBC baseline rows, VACUUM ANALYZE", deleted), t);
    }

    // 3. Dashboards with the first size loaded, then load up to --total through the API, then again.
    String contractPath = "/api/v1/contracts/" + wrl.get(0).id();
    Map<String, Stats[]> results = new LinkedHashMap<>();
    results.put("first", dashboards(wirral, contractPath, loaded.get()));
    long deadline = System.nanoTime() + opt("--load-minutes") * 60_000_000_000L;
    int next = warmupBatches + measuredBatches;
    int startLoaded = loaded.get();
    List<Integer> sizes = new ArrayList<>();
    for (String size : (options.get("--sizes").isEmpty() ? options.get("--total") : options.get("--sizes")).split(",")) {
      sizes.add(Integer.parseInt(size.strip().replace("_", "")));
    }
    for (int s = 0; s < sizes.size(); s++) {
      int target = sizes.get(s);
      t = System.nanoTime();
      int loadedBefore = loaded.get();
      while (loaded.get() < target && next < httpBatches && System.nanoTime() < deadline) {
        int count = Math.min(Math.min(threads * 25, (target - loaded.get() + batch - 1) / batch), httpBatches - next);
        ingestHttp(pool, supplier, gen, next, count, loaded);
        next += count;
      }
      double loadSeconds = (System.nanoTime() - t) / 1e9;
      phase(String.format("load to %,d returns over HTTP (%,.0f returns/s)%s", loaded.get(), (loaded.get() - loadedBefore) / loadSeconds,
          loaded.get() < target ? " STOPPED by --load-minutes" : ""), t);
      checkDatabase(loaded.get());
      boolean last = s == sizes.size() - 1;
      if (last) {
        jfr("start", "dashboards");
      }
      results.put("size " + loaded.get(), dashboards(wirral, contractPath, loaded.get()));
      if (last) {
        jfr("stop", "dashboards");
      }
    }
    pool.shutdown();

    String[] names = {"GET /dashboards/buyer", "GET /dashboards/benchmark", "baseline GET /contracts/{id}"};
    System.out.println();
    System.out.printf("summary (ms, p50 / p99, by returns loaded):%n");
    for (var entry : results.entrySet()) {
      Stats[] r = entry.getValue();
      System.out.printf("  %-22s", entry.getKey().equals("first") ? String.format("%,d returns", startLoaded) : entry.getKey().replace("size ", "")
          .replaceAll("(\\d)(?=(\\d{3})+$)", "$1,") + " returns");
      for (int i = 0; i < names.length; i++) {
        System.out.printf("   %s %7.2f / %7.2f", names[i].replace("GET ", "").replace("baseline ", ""), r[i].p50, r[i].p99);
      }
      System.out.println();
    }
    Stats[] a = results.get("first");
    Stats[] b = results.values().stream().reduce((x, y) -> y).orElseThrow();
    for (int i = 0; i < 2; i++) {
      double growth = b[i].p50 / a[i].p50;
      double normalised = (b[i].p50 / b[2].p50) / (a[i].p50 / a[2].p50);
      System.out.printf("  %-30s p50 under 50 ms: %s; p50 at %,d / at %,d returns: %.2f (%s; %.2f relative to the baseline)%n", names[i],
          b[i].p50 < 50 ? "yes" : "NO", loaded.get(), startLoaded, growth, growth <= 1.10 ? "no slower" : "SLOWER", normalised);
    }
  }

  private long[] demoCounts = {0, 0};

  /** Rows in trk_return and returns counted by the kept totals (trk_progress), right now. */
  private long[] returnCounts() throws Exception {
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM trk_return), (SELECT coalesce(sum(returns), 0) FROM trk_progress)")) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2)};
    }
  }

  /**
   * Counts what the database holds after loading: the returns this run added, in the table and in the kept totals, must
   * equal those sent (the demo's own are counted before loading and taken off).
   */
  private void checkDatabase(int loaded) throws Exception {
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
      try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM trk_return), (SELECT count(*) FROM trk_progress),"
          + " (SELECT coalesce(sum(returns), 0) FROM trk_progress), (SELECT count(*) FROM plt_audit_event),"
          + " pg_size_pretty(pg_database_size(current_database()))")) {
        r.next();
        System.out.printf("  database: %,d returns, %,d progress rows summing %,d returns, %,d audit events, %s%n",
            r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getString(5));
        System.out.printf("  of which the demo data's before loading: %,d returns, counted %,d in the totals%n", demoCounts[0], demoCounts[1]);
        check(r.getLong(1) - demoCounts[0] == loaded && r.getLong(3) - demoCounts[1] == loaded,
            "returns added to the table and to the totals should equal those loaded");
      }
    }
  }

  /** Starts or stops (dumping to DIR/NAME.jfr) a flight recording in the server, when --jfr-dir is given. */
  private void jfr(String action, String name) throws Exception {
    if (options.get("--jfr-dir").isEmpty() || options.get("--server-pid").isEmpty()) {
      return;
    }
    String pid = options.get("--server-pid");
    List<String> command = action.equals("start")
        ? List.of("jcmd", pid, "JFR.start", "name=" + name, "settings=profile")
        : List.of("jcmd", pid, "JFR.stop", "name=" + name, "filename=" + Path.of(options.get("--jfr-dir"), name + ".jfr").toAbsolutePath());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      System.out.println("  (jcmd " + action + " failed: " + out.strip() + ")");
    }
  }

  // ---- set-up ----

  private Kontract createContract(String token, String prefix, int i, int kpis, String place) {
    StringBuilder body = new StringBuilder(String.format(
        "{\"buyerContractId\":\"BENCH-%s-%d-%03d\",\"title\":\"Bench %s contract %03d\",\"supplierOrganisationId\":\"%s\",\"value\":%d,"
            + "\"currency\":\"GBP\",\"startDate\":\"%s\",\"endDate\":\"%s\",\"placesServed\":[\"%s\"],\"frameworkCode\":\"%s\",\"edition\":\"1\","
            + "\"proxySetId\":\"%s\",\"commitments\":[",
        prefix, System.currentTimeMillis() % 100000, i, prefix, i, SUPPLIER_ORG_ID, 2_000_000 + (i * 137_911) % 8_000_000, START, END, place,
        FRAMEWORK, PROXY_SET));
    for (int k = 0; k < kpis; k++) {
      String[] m = MEASURES[(i + k) % MEASURES.length];
      body.append(k == 0 ? "" : ",").append(String.format(
          "{\"measureCode\":\"%s\",\"targetQuantity\":%s,\"period\":\"WHOLE_CONTRACT\",\"reportingFrequency\":\"MONTHLY\",\"placeCode\":\"%s\"}",
          m[0], m[1], place));
    }
    // A 409 "duplicate key" was seen once from concurrent creation on a cold server (a race in the server, not a real
    // duplicate: buyerContractIds are unique per run); retry it a few times rather than fail the run.
    HttpResponse<String> created = null;
    for (int attempt = 1; created == null; attempt++) {
      try {
        created = expect(201, "POST", "/api/v1/contracts", token, body.toString() + "]}", UUID.randomUUID().toString());
      } catch (IllegalStateException e) {
        if (attempt >= 3 || !e.getMessage().contains("answered 409")) {
          throw e;
        }
        System.out.println("  (retrying contract " + prefix + " " + i + " after: " + e.getMessage() + ")");
      }
    }
    String json = created.body();
    String location = created.headers().firstValue("Location").orElseThrow();
    Matcher buyer = Pattern.compile("\"buyerOrganisationId\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    check(buyer.find(), "buyerOrganisationId in the contract");
    int from = json.indexOf("\"commitments\"");
    String commitments = json.substring(from, json.indexOf(']', from));
    List<String> ids = new ArrayList<>();
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(commitments);
    while (id.find()) {
      ids.add(id.group(1));
    }
    check(ids.size() == kpis, "KPIs of the new contract: " + ids.size());
    // Commitment ids are listed in position order, so KPI k has measure (i + k) % MEASURES.length.
    return new Kontract(location.substring(location.lastIndexOf('/') + 1), i, buyer.group(1), prefix, ids);
  }

  /**
   * The returns, batch by batch, reproducibly: batch b is one buyer's (every tenth batch is Liverpool's), carries
   * returns for a few of that buyer's contracts (consecutive batches take different contracts, as separate supplier
   * feeds would), each item a KPI and month of its contract that no other item of any batch takes: a KPI has one
   * return per reporting period. Each contract's slots are shuffled once (seeded by the contract), and each use of
   * the contract by a batch takes the next chunk of them, so returns still land on random KPIs and months.
   */
  static final class Generator {
    private final List<Kontract> wrl;
    private final List<Kontract> liv;
    private final int size;
    private final int perBatch;
    private final long seed;
    private final Map<String, int[]> slots = new java.util.concurrent.ConcurrentHashMap<>();

    Generator(List<Kontract> wrl, List<Kontract> liv, int size, int perBatch, long seed) {
      this.wrl = wrl;
      this.liv = liv;
      this.size = size;
      this.perBatch = perBatch;
      this.seed = seed;
    }

    /** Liverpool's batches are every tenth one (when Liverpool has contracts). */
    static boolean liverpool(int b, boolean hasLiverpool) {
      return hasLiverpool && b % 10 == 9;
    }

    /** The n-th batch of its buyer: batches of a buyer take that buyer's contracts round-robin, perBatch at a time. */
    static int group(int b, boolean liverpool) {
      return liverpool ? b / 10 : b - b / 10;
    }

    /** Slots one batch takes of each of its contracts. */
    static int chunk(int size, int perBatch) {
      return (size + perBatch - 1) / perBatch;
    }

    /** How many contracts a buyer needs so that batches 0 to batches - 1 never take a KPI-period slot twice. */
    static int contractsNeeded(int batches, boolean liverpool, int size, int perBatch, int kpis) {
      int groups = 0;
      for (int b = 0; b < batches; b++) {
        if (liverpool(b, true) == liverpool) {
          groups++;
        }
      }
      int usesPerContract = kpis * PERIODS / chunk(size, perBatch);
      if (usesPerContract == 0) {
        throw new IllegalArgumentException("a batch's share of one contract (" + chunk(size, perBatch) + ") exceeds its "
            + kpis * PERIODS + " KPI-period slots: raise --contracts-per-batch or --kpis");
      }
      return Math.max(perBatch, (int) Math.ceil((double) groups * perBatch / usesPerContract));
    }

    List<Item> batch(int b) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + b);
      boolean liverpool = liverpool(b, !liv.isEmpty());
      List<Kontract> pool = liverpool ? liv : wrl;
      int group = group(b, liverpool);
      int chunk = chunk(size, perBatch);
      int contracts = Math.min(perBatch, pool.size());
      List<Item> items = new ArrayList<>(size);
      for (int n = 0; n < size; n++) {
        int j = n % contracts;
        int turn = group * perBatch + j;
        Kontract c = pool.get(turn % pool.size());
        int use = turn / pool.size(); // how many earlier batches took this contract
        int[] order = slots.computeIfAbsent(c.id(), id -> shuffled(c.kpis().size() * PERIODS, seed + c.index() * 7_919L + c.buyer().hashCode()));
        int position = use * chunk + n / contracts;
        if (position >= order.length) {
          throw new IllegalStateException("contract " + c.index() + " of " + c.buyer() + " has no KPI-period slot left for batch " + b);
        }
        int slot = order[position];
        int kpi = slot / PERIODS;
        int period = slot % PERIODS;
        int contractIndex = c.index();
        String[] m = MEASURES[(contractIndex + kpi) % MEASURES.length];
        long low = Long.parseLong(m[2]);
        long high = Long.parseLong(m[3]);
        BigDecimal quantity = BigDecimal.valueOf(low + random.nextLong(high - low + 1));
        items.add(new Item(c, kpi, period, quantity, NARRATIVES[(contractIndex + kpi) % NARRATIVES.length],
            random.nextInt(10) == 0 ? "https://evidence.example.org/bench/" + c.id().substring(0, 8) + "/" + period : null));
      }
      return items;
    }

    private static int[] shuffled(int n, long seed) {
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = n - 1; i > 0; i--) {
        int k = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[k];
        order[k] = swap;
      }
      return order;
    }
  }

  private void ingestHttp(ExecutorService pool, String supplier, Generator gen, int first, int count, AtomicInteger loaded) throws Exception {
    parallel(pool, count, i -> {
      List<Item> items = gen.batch(first + i);
      StringBuilder body = new StringBuilder(items.size() * 300).append("{\"returns\":[");
      for (int n = 0; n < items.size(); n++) {
        body.append(n == 0 ? "" : ",").append(items.get(n).json());
      }
      HttpResponse<String> r = expect(201, "POST", "/api/v1/returns/bulk", supplier, body.append("]}").toString(), UUID.randomUUID().toString());
      check(r.body().contains("\"accepted\":" + items.size()), "accepted count");
      loaded.addAndGet(items.size());
      return null;
    });
  }

  private void insertJdbc(Connection c, Generator gen, int first, int count) throws Exception {
    c.setAutoCommit(false);
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO trk_return (id, version, contract_id, commitment_id, buyer_organisation_id, period_start, period_end, quantity, narrative,"
            + " evidence, status, rejection_reason, supersedes_id, superseded_by_id, submitted_by, submitted_at, reviewed_by, reviewed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int b = first; b < first + count; b++) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (Item r : gen.batch(b)) {
          insert.setString(1, UUID.randomUUID().toString());
          insert.setLong(2, 1);
          insert.setString(3, r.contract().id());
          insert.setString(4, r.contract().kpis().get(r.kpi()));
          insert.setString(5, r.contract().buyerOrgId());
          insert.setDate(6, java.sql.Date.valueOf(r.periodStart()));
          insert.setDate(7, java.sql.Date.valueOf(r.periodEnd()));
          insert.setBigDecimal(8, r.quantity());
          insert.setString(9, r.narrative());
          insert.setString(10, r.evidenceColumn());
          insert.setString(11, "SUBMITTED");
          insert.setString(12, null);
          insert.setString(13, null);
          insert.setString(14, null);
          insert.setString(15, JDBC_SUBJECT);
          insert.setObject(16, now);
          insert.setString(17, null);
          insert.setObject(18, null);
          insert.addBatch();
        }
        insert.executeBatch();
        c.commit();
      }
    }
  }

  // ---- dashboards ----

  /** Buyer dashboard, benchmark and the baseline: warm-up, then CALLS of each in alternating blocks of 25. */
  private Stats[] dashboards(String buyer, String contractPath, int returns) throws Exception {
    String[] paths = {"/api/v1/dashboards/buyer", "/api/v1/dashboards/benchmark", contractPath};
    int calls = opt("--calls");
    long t = System.nanoTime();
    // The first reads after a load recompute the contracts it changed (kept dashboard figures);
    // the timed reads after warm-up pay only for what changed since the read before.
    System.out.printf("  first reads at %,d returns: buyer dashboard %.1f ms, benchmark %.1f ms%n", returns,
        timed(paths[0], buyer) / 1e6, timed(paths[1], buyer) / 1e6);
    long end = System.nanoTime() + opt("--warmup") * 1_000_000_000L;
    int warm = 0;
    while (System.nanoTime() < end || warm < 50) { // at least 50 calls of each
      for (String p : paths) {
        timed(p, buyer);
      }
      warm++;
    }
    phase(String.format("dashboards at %,d returns: warm-up (%d calls of each)", returns, warm), t);
    long[][] nanos = new long[paths.length][calls];
    for (int done = 0; done < calls; done += 25) {
      for (int p = 0; p < paths.length; p++) {
        for (int i = done; i < Math.min(calls, done + 25); i++) {
          nanos[p][i] = timed(paths[p], buyer);
        }
      }
    }
    String dashboard = expect(200, "GET", paths[0], buyer, null, null).body();
    String benchmark = expect(200, "GET", paths[1], buyer, null, null).body();
    // The peers are the other opted-in buyers (Liverpool for Wirral); the caller is not its own peer.
    check(benchmark.contains("\"peers\":1"), "one peer in the benchmark: " + benchmark);
    Stats[] stats = new Stats[paths.length];
    String[] names = {"GET /dashboards/buyer", "GET /dashboards/benchmark", "baseline GET /contracts/{id}"};
    System.out.printf("%n%-44s %8s %8s %8s %8s  (ms, %,d returns loaded, %d sequential calls each)%n", "request", "p50", "p90", "p99", "mean",
        returns, calls);
    for (int p = 0; p < paths.length; p++) {
      stats[p] = Stats.of(nanos[p]);
      System.out.println(stats[p].row(names[p]));
    }
    for (int p = 0; p < 2; p++) {
      System.out.printf("%-44s %8.1f %8.1f %8.1f %8.1f%n", "ratio " + names[p].substring(16) + " / baseline", stats[p].p50 / stats[2].p50,
          stats[p].p90 / stats[2].p90, stats[p].p99 / stats[2].p99, stats[p].mean / stats[2].mean);
    }
    System.out.printf("  buyer dashboard %,d bytes, benchmark %,d bytes%n%n", dashboard.getBytes(StandardCharsets.UTF_8).length,
        benchmark.getBytes(StandardCharsets.UTF_8).length);
    return stats;
  }

  // ---- HTTP ----

  private String mint(String subject, String org, String role) {
    try {
      return MintDemoToken.mint(key, subject, org, List.of(role), Duration.ofMinutes(180));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot mint a demo token (run from the repository root)", e);
    }
  }

  private HttpResponse<String> expect(int status, String method, String path, String token, String body, String idempotencyKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (response.statusCode() != status) {
      String b = response.body();
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " (expected " + status + "): "
          + (b.length() > 2000 ? b.substring(0, 2000) + "..." : b));
    }
    return response;
  }

  /** Nanoseconds for one GET, the whole body read; anything but 200 stops the run. */
  private long timed(String path, String token) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long elapsed = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }
    return elapsed;
  }

  // ---- CPU split: the server JVM, PostgreSQL (postmaster and backends) and this client, from /proc ----

  static final class Cpu {
    private final long serverPid;
    private final Path postmasterPidFile;
    private final long ticks = 100; // USER_HZ on Linux

    Cpu(String serverPid, String postmasterPidFile) {
      this.serverPid = serverPid.isEmpty() ? -1 : Long.parseLong(serverPid);
      this.postmasterPidFile = postmasterPidFile.isEmpty() ? null : Path.of(postmasterPidFile);
    }

    record Snapshot(double server, double postgres, double client, double machine, long nanos) {
      Snapshot minus(Snapshot o) {
        return new Snapshot(server - o.server, postgres - o.postgres, client - o.client, machine - o.machine, nanos - o.nanos);
      }

      String describe(int returns) {
        double wall = nanos / 1e9;
        return String.format("server JVM %.1f, PostgreSQL %.1f, client %.1f, whole machine %.1f of %.1f available (%d cores x %.1f s);"
                + " per 1,000 returns: server %.0f ms, PostgreSQL %.0f ms, client %.0f ms", server, postgres, client, machine,
            wall * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(), wall, server * 1e6 / returns,
            postgres * 1e6 / returns, client * 1e6 / returns);
      }
    }

    Snapshot snapshot() {
      double client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
      return new Snapshot(serverPid < 0 ? Double.NaN : cpuOf(serverPid, false), postgres(), client, machine(), System.nanoTime());
    }

    private double postgres() {
      if (postmasterPidFile == null || !Files.exists(postmasterPidFile)) {
        return Double.NaN;
      }
      try {
        long postmaster = Long.parseLong(Files.readAllLines(postmasterPidFile).get(0).trim());
        double sum = cpuOf(postmaster, true);
        try (var procs = Files.list(Path.of("/proc"))) {
          for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
            String[] f = stat(Long.parseLong(p.getFileName().toString()));
            if (f != null && Long.parseLong(f[1]) == postmaster) {
              sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) ticks;
            }
          }
        }
        return sum;
      } catch (IOException | RuntimeException e) {
        return Double.NaN;
      }
    }

    private double cpuOf(long pid, boolean withChildren) {
      String[] f = stat(pid);
      if (f == null) {
        return Double.NaN;
      }
      long t = Long.parseLong(f[11]) + Long.parseLong(f[12]) + (withChildren ? Long.parseLong(f[13]) + Long.parseLong(f[14]) : 0);
      return t / (double) ticks;
    }

    /** Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] stat(long pid) {
      try {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return s.substring(s.lastIndexOf(')') + 2).split(" ");
      } catch (IOException e) {
        return null;
      }
    }

    private double machine() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length; i++) {
          if (i != 4 && i != 5) { // idle, iowait
            busy += Long.parseLong(f[i]);
          }
        }
        return busy / (double) ticks;
      } catch (IOException e) {
        return Double.NaN;
      }
    }
  }

  // ---- helpers ----

  interface Task<T> {
    T run(int index) throws Exception;
  }

  /** Runs tasks 0..count-1 on the pool; results in index order; the first failure stops the run. */
  private static <T> List<T> parallel(ExecutorService pool, int count, Task<T> task) throws Exception {
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      futures.add(pool.submit(() -> task.run(index)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }

  private static void phase(String name, long startNanos) {
    System.out.printf("  %-84s %7.1f s%n", name, (System.nanoTime() - startNanos) / 1e9);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("Check failed: " + what);
    }
  }

  record Stats(double p50, double p90, double p99, double mean) {
    static Stats of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Stats(rank(sorted, 50), rank(sorted, 90), rank(sorted, 99), Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double rank(long[] sorted, int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }

    String row(String name) {
      return String.format("%-44s %8.2f %8.2f %8.2f %8.2f", name, p50, p90, p99, mean);
    }
  }
}
