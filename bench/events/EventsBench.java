import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events benchmark (bench/events.sh runs it): bulk return ingestion through the API without any
 * webhook subscription, then the same ingestion with the buyer and the supplier subscribed to
 * uk.svkit.return.submitted at a local receiver (JDK HttpServer, answering 204 at once). Reports
 * returns/s of both runs and their ratio, deliveries/s while ingesting, and record-to-delivery
 * latency (receipt time minus the event's time, which is stamped in the recording transaction just
 * before commit) p50/p99.
 */
public class EventsBench {
  private static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private static final String PROXY_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final int KPIS = 5;
  private static final int MONTHS = 120;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    if (args[0].equals("postgres")) {
      int port = Integer.parseInt(args[2]);
      Path dir = Path.of(args[4]);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true)
              .setPGStartupWait(Duration.ofSeconds(60));
      if (args.length > 6 && Boolean.parseBoolean(args[6])) {
        // Per-statement totals for profiling (--statements true): printed at the end of the run.
        builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
      }
      if (args.length > 8 && !args[8].isEmpty()) {
        // Plans of slow statements for profiling (--explain DIR): auto_explain with actual row
        // counts and times, into PostgreSQL's own log files in DIR.
        builder.setServerConfig("shared_preload_libraries",
            (args.length > 6 && Boolean.parseBoolean(args[6]) ? "pg_stat_statements," : "") + "auto_explain");
        builder.setServerConfig("auto_explain.log_min_duration", System.getenv().getOrDefault("PG_EXPLAIN_MIN", "50ms"));
        builder.setServerConfig("auto_explain.log_analyze", "on");
        builder.setServerConfig("auto_explain.log_buffers", "on");
        builder.setServerConfig("logging_collector", "on");
        builder.setServerConfig("log_directory", Path.of(args[8]).toAbsolutePath().toString());
      }
      EmbeddedPostgres pg = builder.start();
      System.out.println("postgres ready on " + port);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> { try { pg.close(); } catch (IOException ignored) { } }));
      Thread.currentThread().join();
    }
    Map<String, String> opt = new java.util.HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      opt.put(args[i].substring(2), args[i + 1]);
    }
    try {
      new EventsBench(opt).run();
    } catch (Throwable failure) {
      // The receiver's threads would keep the JVM, the server and the machine lock alive.
      failure.printStackTrace();
      System.exit(1);
    }
  }

  private final String base;
  private final int threads;
  private final int batch;
  private final int returns;
  private final String jdbc;
  private final boolean statements;
  private final int rate;
  private final int pacedSeconds;
  private final int pacedBatch;
  private final int pairs;
  private final String buyer = token("GB-LAE-WRL", "contract-manager");
  private final String supplier = token("GB-COH-09900001", "supplier");
  private final List<String[]> slots = Collections.synchronizedList(new ArrayList<>());

  EventsBench(Map<String, String> opt) {
    base = opt.get("base");
    threads = Integer.parseInt(opt.getOrDefault("threads", "4"));
    batch = Integer.parseInt(opt.getOrDefault("batch", "1000"));
    returns = Integer.parseInt(opt.getOrDefault("returns", "50000"));
    jdbc = opt.get("jdbc");
    statements = Boolean.parseBoolean(opt.getOrDefault("statements", "false"));
    rate = Integer.parseInt(opt.getOrDefault("rate", "100"));
    pacedSeconds = Integer.parseInt(opt.getOrDefault("paced-seconds", "20"));
    pacedBatch = Integer.parseInt(opt.getOrDefault("paced-batch", "25"));
    pairs = Integer.parseInt(opt.getOrDefault("pairs", "2"));
  }

  void run() throws Exception {
    int contractsPerRun = (returns + KPIS * MONTHS - 1) / (KPIS * MONTHS);
    System.out.printf("%,d returns per run, %d per request, %d client threads, %d cores%n", returns, batch, threads,
        Runtime.getRuntime().availableProcessors());
    if (statements) {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc, "postgres", "postgres");
          java.sql.Statement st = c.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      }
    }
    Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    Map<String, Instant> recordedAt = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    Pattern time = Pattern.compile("\"time\":\"([^\"]+)\"");
    // A deep accept backlog: the server may open a connection per request in flight, and refusals
    // by the bench's own receiver would be measured as the server's retries.
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    receiver.setExecutor(Executors.newFixedThreadPool(8));
    receiver.createContext("/", exchange -> {
      long now = System.currentTimeMillis();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      if (receivedAt.putIfAbsent(id, now) == null) {
        Matcher m = time.matcher(body);
        if (m.find()) {
          recordedAt.put(id, Instant.parse(m.group(1)));
        }
      } else {
        duplicates.incrementAndGet();
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    receiverAlone(url, receivedAt);
    receivedAt.clear();
    String subscription = "{\"url\":\"" + url + "\",\"eventTypes\":[\"uk.svkit.return.submitted\"]}";

    // Warm-up (not measured) of both paths, so that neither measured run pays for the JIT compiling
    // the other's code: ingest with the two subscriptions until their deliveries are in, then ingest
    // without them. A fresh server compiles the delivery path in the first seconds it runs; without
    // this, that compilation landed in the measured run with subscriptions only.
    List<String> warmUpSubscriptions = List.of(
        id(call("POST", "/api/v1/webhooks", buyer, subscription, 201)),
        id(call("POST", "/api/v1/webhooks", supplier, subscription, 201)));
    // A full-size run of each: with a warm-up of a few thousand returns, the first measured pair
    // still ran 15-30 % slower than the second (the JIT compiles Liberty's, EclipseLink's and our
    // hot paths for tens of seconds on 2 cores), and the ratio of a pair swung with it.
    int warmUp = returns;
    ingest(contracts((warmUp + KPIS * MONTHS - 1) / (KPIS * MONTHS)), warmUp, "warm-up with subscriptions");
    awaitDeliveries(receivedAt, 2 * warmUp);
    call("DELETE", "/api/v1/webhooks/" + warmUpSubscriptions.get(0), buyer, "", 204);
    call("DELETE", "/api/v1/webhooks/" + warmUpSubscriptions.get(1), supplier, "", 204);
    ingest(contracts((warmUp + KPIS * MONTHS - 1) / (KPIS * MONTHS)), warmUp, "warm-up without");
    System.out.printf("warm-up: %,d deliveries received of %,d%n", receivedAt.size(), 2 * warmUp);
    receivedAt.clear();
    recordedAt.clear();
    duplicates.set(0);

    // PAIRS pairs of measured runs, each an ingest without subscriptions and then one with: on a
    // shared machine a single run of either varies by several percent (checkpoints, autovacuum,
    // the other tenants), so the pairs are interleaved and their totals compared.
    double withoutSeconds = 0;
    double withSeconds = 0;
    for (int pair = 1; pair <= pairs; pair++) {
      String suffix = pairs > 1 ? " (pair " + pair + ")" : "";
      awaitNumbered("before the run without subscriptions" + suffix);
      double without = ingest(contracts(contractsPerRun), returns, "without subscriptions" + suffix);
      List<String> subscriptions = List.of(
          id(call("POST", "/api/v1/webhooks", buyer, subscription, 201)),
          id(call("POST", "/api/v1/webhooks", supplier, subscription, 201)));
      List<String[]> measured = contracts(contractsPerRun);
      awaitNumbered("before the run with subscriptions" + suffix);
      long start = System.currentTimeMillis();
      double with = ingest(measured, returns, "with 2 subscriptions" + suffix);
      long ingestEnded = System.currentTimeMillis();
      long duringIngest = receivedAt.size();
      int expected = 2 * returns;
      awaitDeliveries(receivedAt, expected);
      long last = receivedAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
      long first = receivedAt.values().stream().mapToLong(Long::longValue).min().orElse(start);
      double deliverySeconds = (last - start) / 1000.0;
      List<Long> latencies = new ArrayList<>();
      receivedAt.forEach((id, at) -> {
        Instant recorded = recordedAt.get(id);
        if (recorded != null) {
          latencies.add(at - recorded.toEpochMilli());
        }
      });
      Collections.sort(latencies);
      System.out.printf("deliveries: %,d of %,d received, %.1f s from the first request to the last delivery: %,.0f deliveries/s%n",
          receivedAt.size(), expected, deliverySeconds, receivedAt.size() / deliverySeconds);
      System.out.printf("  (first to last delivery: %.1f s, %,.0f deliveries/s; the ingest with subscriptions took %.1f s)%n",
          (last - first) / 1000.0, receivedAt.size() / Math.max(0.001, (last - first) / 1000.0), returns / with);
      System.out.printf("  (while the ingest ran: %,d deliveries in %.1f s, %,.0f deliveries/s; the server holds"
          + " delivery back to SVKIT_WEBHOOKS_RATE_WHILE_BUSY while it serves requests)%n",
          duringIngest, (ingestEnded - start) / 1000.0, duringIngest / Math.max(0.001, (ingestEnded - start) / 1000.0));
      System.out.printf("duplicate deliveries (same webhook-id received again): %,d%n", duplicates.get());
      System.out.printf("burst record-to-delivery latency (queueing behind the burst): p50 %d ms, p99 %d ms, max %d ms%n",
          pct(latencies, 0.50), pct(latencies, 0.99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
      System.out.printf("ingest with subscriptions / without%s: %.2f (%.1f %% slower)%n", suffix, with / without,
          100 * (1 - with / without));
      withoutSeconds += returns / without;
      withSeconds += returns / with;
      if (pair < pairs) {
        for (String id : subscriptions) {
          call("DELETE", "/api/v1/webhooks/" + id, id.equals(subscriptions.get(0)) ? buyer : supplier, "", 204);
        }
        receivedAt.clear();
        recordedAt.clear();
      }
    }
    if (pairs > 1) {
      System.out.printf("all %d pairs: ingest without subscriptions %,.0f returns/s, with %,.0f returns/s: %.2f (%.1f %% slower)%n",
          pairs, pairs * returns / withoutSeconds, pairs * returns / withSeconds, withoutSeconds / withSeconds,
          100 * (1 - withoutSeconds / withSeconds));
    }
    if (rate > 0 && pacedSeconds > 0) {
      paced(receivedAt, recordedAt);
      System.out.printf("duplicate deliveries over both phases: %,d%n", duplicates.get());
    }
    receiver.stop(0);
    if (jdbc != null) {
      attempts();
    }
    System.exit(0);
  }

  /** What the server's delivery log says: attempts, and the failed ones by what stopped them. */
  private void attempts() throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc, "postgres", "postgres");
        java.sql.Statement st = c.createStatement()) {
      // A failed attempt has a row in plt_webhook_attempt; the one that delivers is counted on its delivery.
      try (java.sql.ResultSet r = st.executeQuery(
          "SELECT (SELECT coalesce(sum(attempts), 0) FROM plt_webhook_delivery), (SELECT count(*) FROM plt_webhook_attempt"
              + " WHERE status_code IS NULL OR status_code NOT BETWEEN 200 AND 299)")) {
        r.next();
        System.out.printf("server's delivery log: %,d attempts, %,d failed%n", r.getLong(1), r.getLong(2));
      }
      try (java.sql.ResultSet r = st.executeQuery(
          "SELECT coalesce(cast(status_code AS varchar), left(error, 160)), count(*), min(attempted_at), max(attempted_at)"
              + " FROM plt_webhook_attempt WHERE status_code IS NULL OR status_code NOT BETWEEN 200 AND 299 GROUP BY 1"
              + " ORDER BY 2 DESC LIMIT 5")) {
        while (r.next()) {
          System.out.printf("  failed: %,d x %s (%s to %s)%n", r.getLong(2), r.getString(1), r.getString(3), r.getString(4));
        }
      }
      if (statements) {
        try (java.sql.ResultSet r = st.executeQuery(
            "SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_dead_tup, autovacuum_count, autoanalyze_count"
                + " FROM pg_stat_user_tables WHERE relname IN ('plt_event', 'plt_webhook_delivery', 'plt_webhook_attempt')"
                + " ORDER BY relname")) {
          System.out.println("row writes (table: inserted, updated, of which HOT, dead now, autovacuums, autoanalyzes):");
          while (r.next()) {
            System.out.printf("  %-22s %,9d %,9d %,9d %,9d %3d %3d%n", r.getString(1), r.getLong(2), r.getLong(3),
                r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7));
          }
        }
        System.out.println("PostgreSQL statements by total execution time (ms total, calls, ms/call, rows, query):");
        try (java.sql.ResultSet r = st.executeQuery(
            "SELECT total_exec_time, calls, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')"
                + " FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15")) {
          while (r.next()) {
            String query = r.getString(5);
            System.out.printf("  %,10.0f %,9d %8.2f %,10d  %s%n", r.getDouble(1), r.getLong(2), r.getDouble(3),
                r.getLong(4), query.length() > 300 ? query.substring(0, 300) + "..." : query);
          }
        }
      }
    }
  }

  /**
   * The receiver on its own: as many requests as the server may have open to it (2 subscriptions x
   * 32) from the JDK client, each with a body of an event's size, so its ceiling is known.
   */
  private void receiverAlone(String url, Map<String, Long> receivedAt) throws Exception {
    int count = 20_000;
    String body = "{\"specversion\":\"1.0\",\"id\":\"x\",\"time\":\"2026-01-01T00:00:00Z\",\"data\":\""
        + "x".repeat(400) + "\"}";
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    java.util.concurrent.Semaphore open = new java.util.concurrent.Semaphore(64);
    long t0 = System.nanoTime();
    for (int i = 0; i < count; i++) {
      open.acquire();
      client.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("webhook-id", "alone-" + i)
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
          .whenComplete((r, e) -> open.release());
    }
    open.acquire(64);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("receiver alone (JDK client, 64 requests open): %,d requests in %.1f s: %,.0f requests/s%n",
        receivedAt.size(), seconds, receivedAt.size() / seconds);
  }

  /**
   * Steady ingest below delivery capacity: {@code rate} returns/s in requests of {@code pacedBatch}
   * for {@code pacedSeconds}, while the deliveries are timed. Under an unbounded burst latency is
   * queueing; here it is what one event waits.
   */
  private void paced(Map<String, Long> receivedAt, Map<String, Instant> recordedAt) throws Exception {
    int total = rate * pacedSeconds;
    List<String[]> slots = contracts((total + KPIS * MONTHS - 1) / (KPIS * MONTHS));
    List<String> bodies = new ArrayList<>();
    for (int from = 0; from < total; from += pacedBatch) {
      StringBuilder body = new StringBuilder("{\"returns\":[");
      for (int i = from; i < Math.min(total, from + pacedBatch); i++) {
        String[] s = slots.get(i);
        body.append(i == from ? "" : ",").append(String.format(
            "{\"contractId\":\"%s\",\"commitmentId\":\"%s\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\",\"quantity\":1,\"narrative\":\"bench\"}",
            s[0], s[1], s[2], s[3]));
      }
      bodies.add(body.append("]}").toString());
    }
    java.util.Set<String> before = new java.util.HashSet<>(receivedAt.keySet());
    long periodMicros = 1_000_000L * pacedBatch / rate;
    ExecutorService senders = Executors.newFixedThreadPool(4);
    java.util.concurrent.ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> sent = Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CountDownLatch scheduled = new java.util.concurrent.CountDownLatch(bodies.size());
    long start = System.currentTimeMillis();
    clock.scheduleAtFixedRate(() -> {
      int i = next.getAndIncrement();
      if (i < bodies.size()) {
        sent.add(senders.submit(() -> call("POST", "/api/v1/returns/bulk", supplier, bodies.get(i), 201)));
        scheduled.countDown();
      }
    }, 0, periodMicros, java.util.concurrent.TimeUnit.MICROSECONDS);
    scheduled.await();
    clock.shutdown();
    for (Future<?> f : new ArrayList<>(sent)) {
      f.get();
    }
    double ingestSeconds = (System.currentTimeMillis() - start) / 1000.0;
    int expected = before.size() + 2 * total;
    long deadline = System.currentTimeMillis() + 120_000;
    while (receivedAt.size() < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    senders.shutdown();
    List<Long> latencies = new ArrayList<>();
    long last = start;
    for (var e : receivedAt.entrySet()) {
      if (!before.contains(e.getKey())) {
        last = Math.max(last, e.getValue());
        Instant recorded = recordedAt.get(e.getKey());
        if (recorded != null) {
          latencies.add(e.getValue() - recorded.toEpochMilli());
        }
      }
    }
    Collections.sort(latencies);
    System.out.printf("paced: %,d returns at %,d returns/s (%d per request) took %.1f s; %,d of %,d deliveries received,"
            + " %,.0f deliveries/s%n", total, rate, pacedBatch, ingestSeconds, receivedAt.size() - before.size(),
        2 * total, (receivedAt.size() - before.size()) / Math.max(0.001, (last - start) / 1000.0));
    System.out.printf("paced record-to-delivery latency: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
        pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99),
        latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
  }

  private static long pct(List<Long> sorted, double p) {
    return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  /** Returns/s of ingesting {@code count} returns into free slots of these contracts. */
  private double ingest(List<String[]> contractSlots, int count, String label) throws Exception {
    List<String> bodies = new ArrayList<>();
    StringBuilder body = new StringBuilder("{\"returns\":[");
    int inBody = 0;
    for (int i = 0; i < count && i < contractSlots.size(); i++) {
      String[] s = contractSlots.get(i);
      body.append(inBody == 0 ? "" : ",").append(String.format(
          "{\"contractId\":\"%s\",\"commitmentId\":\"%s\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\",\"quantity\":1,\"narrative\":\"bench\"}",
          s[0], s[1], s[2], s[3]));
      if (++inBody == batch) {
        bodies.add(body.append("]}").toString());
        body = new StringBuilder("{\"returns\":[");
        inBody = 0;
      }
    }
    if (inBody > 0) {
      bodies.add(body.append("]}").toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < bodies.size()) {
          call("POST", "/api/v1/returns/bulk", supplier, bodies.get(i), 201);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    int sent = Math.min(count, contractSlots.size());
    System.out.printf("ingest %-24s %,8d returns in %6.1f s: %,8.0f returns/s%n", label, sent, seconds, sent / seconds);
    return sent / seconds;
  }

  /** New contracts (5 monthly KPIs, 2020-2029), as their free (contract, KPI, month) slots, shuffled. */
  private List<String[]> contracts(int n) throws Exception {
    List<String[]> free = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      StringBuilder kpis = new StringBuilder();
      for (int k = 0; k < KPIS; k++) {
        kpis.append(k == 0 ? "" : ",").append(
            "{\"measureCode\":\"LM-VOL-01\",\"targetQuantity\":1000,\"reportingFrequency\":\"MONTHLY\",\"placeCode\":\"E08000015\"}");
      }
      HttpResponse<String> created = send("POST", "/api/v1/contracts", buyer, String.format(
          "{\"buyerContractId\":\"EVB-%s\",\"title\":\"Events bench\",\"supplierOrganisationId\":\"%s\",\"value\":100000,"
              + "\"startDate\":\"%s\",\"endDate\":\"%s\",\"frameworkCode\":\"SVK-LOCAL\",\"edition\":\"1\",\"proxySetId\":\"%s\",\"commitments\":[%s]}",
          UUID.randomUUID(), SUPPLIER_ID, START, START.plusMonths(MONTHS).minusDays(1), PROXY_SET, kpis), 201);
      // The contract's id is in its Location; JSON-B writes properties in alphabetical order, so the
      // first "id" of the body is a commitment's ("commitments" sorts before "id"): the commitment ids
      // are read from the commitments array only.
      String location = created.headers().firstValue("Location").orElseThrow();
      String contractId = location.substring(location.lastIndexOf('/') + 1);
      String json = created.body();
      int list = json.indexOf("\"commitments\"");
      Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json.substring(list, json.indexOf(']', list)));
      List<String> ids = new ArrayList<>();
      while (id.find()) {
        ids.add(id.group(1));
      }
      if (ids.size() != KPIS) {
        throw new IllegalStateException("expected " + KPIS + " KPIs in the new contract, found " + ids.size());
      }
      for (String commitmentId : ids) {
        for (int m = 0; m < MONTHS; m++) {
          LocalDate from = START.plusMonths(m);
          free.add(new String[] {contractId, commitmentId, from.toString(), from.plusMonths(1).minusDays(1).toString()});
        }
      }
    }
    Collections.shuffle(free, new java.util.Random(42));
    return free;
  }

  /**
   * Waits until the server has numbered every event recorded so far. Numbering runs behind a bulk
   * ingest (the server's sequencer catches up after it), and a measured run that starts while it
   * catches up pays for the last run's events: the run with subscriptions, which comes after the
   * run without, did until this wait.
   */
  private void awaitNumbered(String when) throws Exception {
    long started = System.currentTimeMillis();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc, "postgres", "postgres");
        java.sql.PreparedStatement unnumbered =
            c.prepareStatement("SELECT count(*) FROM plt_event WHERE sequence IS NULL")) {
      long left;
      do {
        try (java.sql.ResultSet r = unnumbered.executeQuery()) {
          r.next();
          left = r.getLong(1);
        }
        if (left > 0) {
          Thread.sleep(200);
        }
      } while (left > 0 && System.currentTimeMillis() - started < 600_000);
    }
    long waited = System.currentTimeMillis() - started;
    if (waited > 300) {
      System.out.printf("  (waited %.1f s %s for the server to number the events recorded so far)%n",
          waited / 1000.0, when);
    }
  }

  /** Waits (up to 10 minutes) until the receiver holds this many distinct deliveries. */
  private static void awaitDeliveries(Map<String, Long> receivedAt, int expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 600_000;
    while (receivedAt.size() < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
  }

  /** The first "id" of a JSON object the API returned. */
  private static String id(String json) {
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  private String call(String method, String path, String token, String body, int expect) throws Exception {
    return send(method, path, token, body, expect).body();
  }

  private HttpResponse<String> send(String method, String path, String token, String body, int expect) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (path.endsWith("/bulk")) {
      request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expect) {
      throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static String token(String org, String role) {
    try {
      return uk.svkit.demo.MintDemoToken.mint(
          Path.of("liberty-server/demo/demo-jwt-private.pem"),
          role + "@bench",
          org,
          List.of(role),
          Duration.ofHours(2));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot mint a demo token (run from the repository root)", e);
    }
  }
}
