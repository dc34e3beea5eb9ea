import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.demo.MintDemoToken;

/**
 * The anchor-institution scale benchmark (issue 19, "Speed"), run by bench/anchors.sh against the
 * packaged server (SVKIT_DEMO=true) on PostgreSQL. It sets up, on the demo Cheshire & Merseyside
 * Anchor Framework, ANCHORS new anchor institutions (registered, signed, each declaring INDICATORS
 * monthly indicators: the shipped catalogue plus programme indicators the administrator adds) and
 * times the pillar dashboard, the collective view and the peer benchmark beside a single-record
 * read (GET /indicator-declarations/{id}) in the same run, at two sizes of contract returns.
 *
 * <p>What goes through the API and what through SQL:
 *
 * <ul>
 *   <li>organisations, signatures, programme indicators, declarations and contracts with their KPIs:
 *       the REST API;
 *   <li>contract returns: POST /returns/bulk as the supplier (960 a request, 4 contracts of one
 *       anchor each), so tracking keeps its totals exactly as in production;
 *   <li>the MONTHS monthly indicator returns of every declaration (50 × 30 × 60 = 90,000): one
 *       set-based SQL statement inserts them validated, and the same transaction computes the kept
 *       totals the dashboards read (anc_indicator_total per declaration and period, anc_indicator_latest
 *       per declaration) from those rows, by the definition IndicatorTotals keeps them with; the API
 *       has no bulk operation for indicator returns, and 180,000 single submit-and-validate calls do
 *       not fit the lock budget on 2 cores. The run then checks that the API's dashboard shows every
 *       period and the SQL's latest figure.
 * </ul>
 *
 * <p>The anchors' contracts (and so their KPIs) are all created before the first timing, sized for
 * the largest load: only returns grow between the two timings. The contract part of the dashboard is
 * also timed over JDBC, the statement as it was (a sum over trk_progress, a row per KPI and period)
 * beside the one it now runs (trk_commitment_totals, a row per KPI), with EXPLAIN ANALYZE of both.
 *
 * <p>Options (all optional): --base http://localhost:9480, --jdbc jdbc:postgresql://localhost:55632/postgres,
 * --anchors 50, --indicators 30, --months 60, --contract-returns 200000, --first-size (a tenth of
 * --contract-returns), --threads 4, --warmup 20 (seconds), --calls 200, --load-minutes 10 (cap on loading).
 */
public final class AnchorBench {
  private static final String CM_ANCHOR = "6b2d7c1e-0000-4000-8000-000000000003";
  private static final String FRAMEWORK = "SVK-LOCAL";
  private static final String PROXY_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";
  private static final String SUPPLIER_ORG_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private static final String SUPPLIER = "GB-COH-09900001";
  private static final LocalDate CONTRACT_START = LocalDate.of(2020, 1, 1);
  private static final LocalDate CONTRACT_END = LocalDate.of(2029, 12, 31);
  private static final int CONTRACT_MONTHS = 120;
  /** One KPI a measure; the quantity range of a month's return. */
  private static final String[][] MEASURES = {
    {"LM-EMP-01", "0", "3"}, {"LM-SKL-01", "0", "10"}, {"LM-SUP-01", "1000", "8000"}, {"LM-VOL-01", "5", "40"},
    {"LM-CO2-01", "0", "2"}, {"LM-SUP-02", "200", "3000"}, {"LM-WEL-01", "100", "800"}, {"LM-VCS-01", "50", "300"}};
  private static final int KPIS = MEASURES.length;
  private static final int SLOTS = KPIS * CONTRACT_MONTHS; // KPI-period slots of a contract
  private static final int CONTRACTS_PER_BATCH = 4;
  private static final int PER_CONTRACT = SLOTS / 4; // a batch's share of each of its contracts
  private static final int BATCH = CONTRACTS_PER_BATCH * PER_CONTRACT; // 960 returns a request
  private static final String[] UNITS = {"PERCENT", "GBP", "COUNT", "HOURS", "TCO2E", "FTE"};

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, String> options;
  private final String base;
  private final Path key = Path.of("liberty-server/demo/demo-jwt-private.pem");

  record Anchor(int index, String id, String token) {}

  record Kontract(String id, List<String> kpis) {}

  private AnchorBench(Map<String, String> options) {
    this.options = options;
    this.base = options.get("--base").replaceAll("/$", "");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String[] o : new String[][] {
      {"--base", "http://localhost:9480"}, {"--jdbc", "jdbc:postgresql://localhost:55632/postgres"}, {"--anchors", "50"},
      {"--indicators", "30"}, {"--months", "60"}, {"--contract-returns", "200000"}, {"--first-size", ""}, {"--threads", "4"},
      {"--warmup", "20"}, {"--calls", "200"}, {"--load-minutes", "10"}}) {
      options.put(o[0], o[1]);
    }
    for (int i = 0; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        System.err.println("Unknown option or missing value: " + args[i] + "; options: " + options.keySet());
        System.exit(2);
      }
      options.put(args[i], args[i + 1]);
    }
    try {
      new AnchorBench(options).run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1); // the HTTP client's threads would keep the JVM alive
    }
    System.exit(0);
  }

  private int opt(String name) {
    return Integer.parseInt(options.get(name).replace("_", ""));
  }

  private void run() throws Exception {
    int anchorCount = opt("--anchors");
    int indicatorCount = opt("--indicators");
    int months = opt("--months");
    int total = opt("--contract-returns");
    int firstSize = options.get("--first-size").isEmpty() ? total / 10 : opt("--first-size");
    ExecutorService pool = Executors.newFixedThreadPool(opt("--threads"));
    String admin = mint("bench-admin", null, "platform-admin");
    String supplier = mint("returns-feed@" + SUPPLIER, SUPPLIER, "supplier");
    String run = String.format("%03d", System.currentTimeMillis() / 1000 % 1000); // fresh database each run; tells runs apart

    // 1. The catalogue: the shipped indicators of the programme's pillars, and as many programme indicators as
    // make up --indicators, added by the administrator (the demo programme is the platform's, so a platform admin).
    long t = System.nanoTime();
    List<String> codes = new ArrayList<>(codes(expect(200, "GET", "/api/v1/programmes/" + CM_ANCHOR + "/indicators?limit=100", admin,
        null, null).body()));
    int listed = codes.size();
    for (int n = 1; codes.size() < indicatorCount; n++) {
      String code = "BENCH-" + run + "-" + n;
      String unit = UNITS[n % UNITS.length];
      expect(201, "POST", "/api/v1/programmes/" + CM_ANCHOR + "/indicators", admin, String.format(
          "{\"code\":\"%s\",\"pillarCode\":\"P%d\",\"title\":\"Bench indicator %d\",\"unit\":\"%s\",\"direction\":\"%s\"}", code,
          1 + n % 5, n, unit, n % 3 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER"), UUID.randomUUID().toString());
      codes.add(code);
    }
    List<String> declared = codes.subList(0, indicatorCount);
    phase(String.format("catalogue: %d indicators declared by each anchor (%d listed, %d added)", declared.size(), listed,
        codes.size() - listed), t);

    // 2. The anchors: registered, signed, each declaring every indicator monthly for --months months that have ended.
    t = System.nanoTime();
    LocalDate from = LocalDate.now().withDayOfMonth(1).minusMonths(months);
    List<Anchor> anchors = parallel(pool, anchorCount, i -> {
      String identifier = String.format("GB-COH-BZ%s%03d", run, i); // Companies House: two letters, six digits
      String body = expect(201, "POST", "/api/v1/organisations", admin, String.format(
          "{\"name\":\"Bench anchor %s %03d\",\"roles\":[\"BUYER\"],\"identifier\":\"%s\"}", run, i, identifier), null).body();
      Anchor a = new Anchor(i, field(body, "id"), mint("ceo@bench-anchor-" + i, identifier, "buyer"));
      expect(201, "POST", "/api/v1/programmes/" + CM_ANCHOR + "/signatures", a.token(), String.format(
          "{\"signedOn\":\"2024-06-01\",\"signatoryName\":\"Chief Executive %d\",\"signatoryRole\":\"CEO\",\"sector\":\"%s\"}", i,
          i % 2 == 0 ? "NHS" : "LOCAL_AUTHORITY"), UUID.randomUUID().toString());
      return a;
    });
    List<String> declarations = parallel(pool, anchorCount * indicatorCount, n -> {
      Anchor a = anchors.get(n / indicatorCount);
      String code = declared.get(n % indicatorCount);
      int baseline = 20 + (n * 37) % 500;
      return field(expect(201, "POST", "/api/v1/programmes/" + CM_ANCHOR + "/anchors/" + a.id() + "/indicator-declarations", a.token(),
          String.format("{\"indicatorCode\":\"%s\",\"frequency\":\"MONTHLY\",\"reportingFrom\":\"%s\",\"baselineValue\":%d,"
              + "\"baselineOn\":\"%s\",\"targets\":[{\"dueOn\":\"%s\",\"value\":%d}]}", code, from, baseline, from.minusDays(1),
              from.plusYears(8).minusDays(1), baseline + 50), UUID.randomUUID().toString()).body(), "id");
    });
    phase(String.format("%d anchors registered and signed, %,d declarations (%d monthly indicators each, from %s)", anchors.size(),
        declarations.size(), indicatorCount, from), t);

    // 3. Indicator returns by SQL with their kept totals (see the class comment), then checked against the API.
    t = System.nanoTime();
    String[] anchorIds = anchors.stream().map(Anchor::id).toArray(String[]::new);
    int indicatorReturns;
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres")) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO anc_indicator_return (id, version, owner_organisation_id, created_at, updated_at, declaration_id,"
              + " administering_organisation_id, period_start, period_end, live_period_start, reported_value, narrative, status,"
              + " submitted_by, submitted_at, reviewed_by, reviewed_at)"
              + " SELECT gen_random_uuid()::text, 1, d.owner_organisation_id, now(), now(), d.id, d.administering_organisation_id,"
              + " (d.reporting_from + m * INTERVAL '1 month')::date, (d.reporting_from + (m + 1) * INTERVAL '1 month' - INTERVAL '1 day')::date,"
              + " (d.reporting_from + m * INTERVAL '1 month')::date,"
              + " d.baseline_value + m * 0.25 + (abs(hashtext(d.id || m)) % 1000) / 100.0,"
              + " 'Monthly figure from the finance system (bench)', 'VALIDATED', 'bench-sql', now(), 'bench-sql', now()"
              + " FROM anc_declaration d CROSS JOIN generate_series(0, ? - 1) m"
              + " WHERE d.programme_id = ? AND d.owner_organisation_id = ANY (?)")) {
        insert.setInt(1, months);
        insert.setString(2, CM_ANCHOR);
        insert.setArray(3, c.createArrayOf("varchar", anchorIds));
        indicatorReturns = insert.executeUpdate();
      }
      try (PreparedStatement totals = c.prepareStatement(
          "INSERT INTO anc_indicator_total (declaration_id, period_start, claimed_value, validated_value, live_returns, validated_returns)"
              + " SELECT r.declaration_id, r.period_start, SUM(r.reported_value),"
              + " COALESCE(SUM(CASE WHEN r.status = 'VALIDATED' THEN r.reported_value END), 0), COUNT(*),"
              + " COUNT(CASE WHEN r.status = 'VALIDATED' THEN 1 END)"
              + " FROM anc_indicator_return r JOIN anc_declaration d ON d.id = r.declaration_id"
              + " WHERE r.live_period_start IS NOT NULL AND d.programme_id = ? AND d.owner_organisation_id = ANY (?)"
              + " GROUP BY r.declaration_id, r.period_start");
          PreparedStatement latest = c.prepareStatement(
          "INSERT INTO anc_indicator_latest (declaration_id, programme_id, indicator_code, organisation_id, period_start, validated_value)"
              + " SELECT DISTINCT ON (t.declaration_id) t.declaration_id, d.programme_id, d.indicator_code, d.owner_organisation_id,"
              + " t.period_start, t.validated_value"
              + " FROM anc_indicator_total t JOIN anc_declaration d ON d.id = t.declaration_id"
              + " WHERE t.validated_returns > 0 AND d.programme_id = ? AND d.owner_organisation_id = ANY (?)"
              + " ORDER BY t.declaration_id, t.period_start DESC")) {
        for (PreparedStatement s : List.of(totals, latest)) {
          s.setString(1, CM_ANCHOR);
          s.setArray(2, c.createArrayOf("varchar", anchorIds));
          s.executeUpdate();
        }
      }
      c.commit();
    }
    analyze();
    phase(String.format("%,d indicator returns (validated) and their kept totals by SQL", indicatorReturns), t);
    Anchor measured = anchors.get(0);
    String dashboardPath = "/api/v1/programmes/" + CM_ANCHOR + "/anchors/" + measured.id() + "/dashboard";
    String benchmarkPath = "/api/v1/programmes/" + CM_ANCHOR + "/anchors/" + measured.id() + "/benchmark";
    String collectivePath = "/api/v1/programmes/" + CM_ANCHOR + "/collective-view";
    String recordPath = "/api/v1/indicator-declarations/" + declarations.get(0);
    String dashboard = expect(200, "GET", dashboardPath, measured.token(), null, null).body();
    check(count(dashboard, "\"periodStart\"") >= indicatorCount * months,
        "the dashboard shows every period of every indicator: " + count(dashboard, "\"periodStart\""));
    String benchmark = expect(200, "GET", benchmarkPath, measured.token(), null, null).body();
    check(count(benchmark, "\"median\"\\s*:\\s*[0-9]") >= indicatorCount, "a median for every indicator (enough peers)");

    // 4. Contracts for the largest load, before any timing: every anchor buys, from the demo supplier, contracts with
    // one monthly KPI per measure over ten years; a batch of returns fills 240 KPI-periods of 4 contracts of one anchor.
    t = System.nanoTime();
    int groupsPerAnchor = Math.max(1, (int) Math.ceil((double) total / (BATCH * 4.0 * anchorCount)));
    int groups = groupsPerAnchor * anchorCount;
    List<Kontract> contracts = parallel(pool, groups * CONTRACTS_PER_BATCH, n -> {
      int group = n / CONTRACTS_PER_BATCH;
      return createContract(anchors.get(group % anchorCount), run, n);
    });
    phase(String.format("%,d contracts x %d monthly KPIs (%d an anchor; %,d KPI-period slots)", contracts.size(), KPIS,
        contracts.size() / anchorCount, contracts.size() * SLOTS), t);

    // 5. Contract returns over HTTP to the first size, timings; then to the full size, timings again.
    int loaded = load(pool, supplier, contracts, groups, 0, (firstSize + BATCH - 1) / BATCH, Long.MAX_VALUE);
    analyze();
    String[] paths = {dashboardPath, collectivePath, benchmarkPath, recordPath};
    String[] names = {"GET pillar dashboard", "GET collective view", "GET indicator benchmark", "baseline GET /indicator-declarations/{id}"};
    Stats[] first = timings(paths, names, measured.token(), indicatorReturns, loaded);
    long[][] sqlFirst = contractPartSql(measured.id());
    long deadline = System.nanoTime() + opt("--load-minutes") * 60_000_000_000L;
    int target = (total + BATCH - 1) / BATCH;
    int before = loaded;
    loaded += load(pool, supplier, contracts, groups, loaded / BATCH, target - loaded / BATCH, deadline);
    if (loaded < target * BATCH) {
      System.out.printf("  (the --load-minutes cap stopped loading at %,d contract returns)%n", loaded);
    }
    analyze();
    Stats[] second = timings(paths, names, measured.token(), indicatorReturns, loaded);
    long[][] sqlSecond = contractPartSql(measured.id());

    System.out.printf("%nsummary: p50 / p99 in ms at %,d -> %,d contract returns (+ %,d indicator returns), and the growth of p50%n",
        before, loaded, indicatorReturns);
    for (int p = 0; p < paths.length; p++) {
      System.out.printf("  %-44s %7.2f / %7.2f -> %7.2f / %7.2f   x%.2f   (ratio to baseline p50: %.1f -> %.1f)%n", names[p], first[p].p50,
          first[p].p99, second[p].p50, second[p].p99, second[p].p50 / first[p].p50, first[p].p50 / first[3].p50, second[p].p50 / second[3].p50);
    }
    String[] sqlNames = {"contract part as it was (trk_progress)", "contract part now (trk_commitment_totals)"};
    for (int s = 0; s < 2; s++) {
      Stats a = Stats.of(sqlFirst[s]);
      Stats b = Stats.of(sqlSecond[s]);
      System.out.printf("  JDBC %-39s %7.2f / %7.2f -> %7.2f / %7.2f   x%.2f%n", sqlNames[s], a.p50, a.p99, b.p50, b.p99, b.p50 / a.p50);
    }
    explain(measured.id());
  }

  // ---- set-up ----

  private Kontract createContract(Anchor buyer, String run, int n) {
    StringBuilder body = new StringBuilder(String.format(
        "{\"buyerContractId\":\"BENCH-%s-%05d\",\"title\":\"Bench anchor contract %05d\",\"supplierOrganisationId\":\"%s\",\"value\":%d,"
            + "\"currency\":\"GBP\",\"startDate\":\"%s\",\"endDate\":\"%s\",\"placesServed\":[\"E08000015\"],\"frameworkCode\":\"%s\","
            + "\"edition\":\"1\",\"proxySetId\":\"%s\",\"commitments\":[",
        run, n, n, SUPPLIER_ORG_ID, 1_000_000 + (n * 137_911) % 9_000_000, CONTRACT_START, CONTRACT_END, FRAMEWORK, PROXY_SET));
    for (int k = 0; k < KPIS; k++) {
      body.append(k == 0 ? "" : ",").append(String.format(
          "{\"measureCode\":\"%s\",\"targetQuantity\":%d,\"period\":\"WHOLE_CONTRACT\",\"reportingFrequency\":\"MONTHLY\",\"placeCode\":\"E08000015\"}",
          MEASURES[k][0], 1000 + k * 500));
    }
    HttpResponse<String> created =
        expect(201, "POST", "/api/v1/contracts", buyer.token(), body.append("]}").toString(), UUID.randomUUID().toString());
    String json = created.body();
    String location = created.headers().firstValue("Location").orElseThrow();
    String contractId = location.substring(location.lastIndexOf('/') + 1);
    int from = json.indexOf("\"commitments\"");
    List<String> kpis = new ArrayList<>();
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json.substring(from, json.indexOf(']', from)));
    while (id.find()) {
      kpis.add(id.group(1));
    }
    check(kpis.size() == KPIS, "KPIs of the new contract: " + kpis.size());
    return new Kontract(contractId, kpis);
  }

  /**
   * Batches first..first+count-1 over HTTP (stopping at the deadline); returns the returns loaded. Batch b takes
   * group b % groups (4 contracts of one anchor) and, within each of its contracts, the (b / groups)-th quarter of the
   * contract's KPI-period slots in a shuffled order, so every return has a slot of its own.
   */
  private int load(ExecutorService pool, String supplier, List<Kontract> contracts, int groups, int first, int count, long deadline)
      throws Exception {
    long t = System.nanoTime();
    List<Integer> done = parallel(pool, count, i -> {
      if (System.nanoTime() > deadline) {
        return 0;
      }
      int b = first + i;
      int group = b % groups;
      int use = b / groups;
      check(use < SLOTS / PER_CONTRACT, "batch " + b + " has no slots left: raise --contract-returns' contracts");
      SplittableRandom random = new SplittableRandom(20261205L * 31 + b);
      StringBuilder body = new StringBuilder(BATCH * 260).append("{\"returns\":[");
      for (int c = 0; c < CONTRACTS_PER_BATCH; c++) {
        Kontract k = contracts.get(group * CONTRACTS_PER_BATCH + c);
        int[] order = shuffled(SLOTS, k.id().hashCode());
        for (int s = use * PER_CONTRACT; s < (use + 1) * PER_CONTRACT; s++) {
          int kpi = order[s] / CONTRACT_MONTHS;
          LocalDate start = CONTRACT_START.plusMonths(order[s] % CONTRACT_MONTHS);
          long low = Long.parseLong(MEASURES[kpi][1]);
          long high = Long.parseLong(MEASURES[kpi][2]);
          body.append(c == 0 && s == use * PER_CONTRACT ? "" : ",").append("{\"contractId\":\"").append(k.id())
              .append("\",\"commitmentId\":\"").append(k.kpis().get(kpi)).append("\",\"periodStart\":\"").append(start)
              .append("\",\"periodEnd\":\"").append(start.plusMonths(1).minusDays(1)).append("\",\"quantity\":")
              .append(low + random.nextLong(high - low + 1)).append(",\"narrative\":\"Monthly figure from the supplier's system\"}");
        }
      }
      String response = expect(201, "POST", "/api/v1/returns/bulk", supplier, body.append("]}").toString(), UUID.randomUUID().toString())
          .body();
      check(response.contains("\"accepted\":" + BATCH), "accepted count: " + response.substring(0, Math.min(200, response.length())));
      return BATCH;
    });
    int loaded = done.stream().mapToInt(Integer::intValue).sum();
    double seconds = (System.nanoTime() - t) / 1e9;
    phase(String.format("%,d contract returns over HTTP POST /returns/bulk (%,.0f returns/s)", loaded, loaded / seconds), t);
    return loaded;
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

  /** Fresh planner statistics after a bulk load, as autovacuum would give them some time later. */
  private void analyze() throws Exception {
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  // ---- timings ----

  /** Warm-up, then CALLS of each path in alternating blocks of 25, from one client thread. */
  private Stats[] timings(String[] paths, String[] names, String token, int indicatorReturns, int contractReturns) throws Exception {
    long t = System.nanoTime();
    long end = t + opt("--warmup") * 1_000_000_000L;
    int warm = 0;
    while (System.nanoTime() < end || warm < 30) {
      for (String p : paths) {
        timed(p, token);
      }
      warm++;
    }
    phase(String.format("warm-up at %,d contract returns (%d calls of each)", contractReturns, warm), t);
    int calls = opt("--calls");
    long[][] nanos = new long[paths.length][calls];
    for (int done = 0; done < calls; done += 25) {
      for (int p = 0; p < paths.length; p++) {
        for (int i = done; i < Math.min(calls, done + 25); i++) {
          nanos[p][i] = timed(paths[p], token);
        }
      }
    }
    System.out.printf("%n%-44s %8s %8s %8s %8s %9s  (ms; %,d indicator + %,d contract returns; %d sequential calls each)%n", "request",
        "p50", "p90", "p99", "mean", "bytes", indicatorReturns, contractReturns, calls);
    Stats[] stats = new Stats[paths.length];
    for (int p = 0; p < paths.length; p++) {
      stats[p] = Stats.of(nanos[p]);
      int bytes = expect(200, "GET", paths[p], token, null, null).body().getBytes(StandardCharsets.UTF_8).length;
      System.out.printf("%s %9d%n", stats[p].row(names[p]), bytes);
    }
    for (int p = 0; p < paths.length - 1; p++) {
      System.out.printf("%-44s %8.1f %8.1f %8.1f %8.1f%n", "  ratio to baseline", stats[p].p50 / stats[3].p50,
          stats[p].p90 / stats[3].p90, stats[p].p99 / stats[3].p99, stats[p].mean / stats[3].mean);
    }
    System.out.println();
    return stats;
  }

  private static final String CONTRACT_PART_BEFORE =
      "SELECT c.measure_code, COUNT(c.id), COALESCE(SUM(p.claimed), 0), COALESCE(SUM(p.validated), 0)"
          + " FROM trk_commitment c JOIN trk_contract k ON k.id = c.contract_id"
          + " LEFT JOIN (SELECT commitment_id, SUM(claimed_quantity) AS claimed, SUM(validated_quantity) AS validated FROM trk_progress"
          + " WHERE buyer_organisation_id = ? GROUP BY commitment_id) p ON p.commitment_id = c.id"
          + " WHERE k.owner_organisation_id = ? GROUP BY c.measure_code ORDER BY c.measure_code";
  private static final String CONTRACT_PART_NOW =
      "SELECT c.measure_code, COUNT(c.id), COALESCE(SUM(t.claimed_quantity), 0), COALESCE(SUM(t.validated_quantity), 0)"
          + " FROM trk_commitment c JOIN trk_contract k ON k.id = c.contract_id"
          + " LEFT JOIN trk_commitment_totals t ON t.commitment_id = c.id"
          + " WHERE k.owner_organisation_id = ? GROUP BY c.measure_code ORDER BY c.measure_code";

  /** The dashboard's contract part, the statement as it was and as it is, 50 runs each over JDBC; same sums checked. */
  private long[][] contractPartSql(String anchorId) throws Exception {
    long[][] nanos = new long[2][50];
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres");
        PreparedStatement before = c.prepareStatement(CONTRACT_PART_BEFORE);
        PreparedStatement now = c.prepareStatement(CONTRACT_PART_NOW)) {
      before.setString(1, anchorId);
      before.setString(2, anchorId);
      now.setString(1, anchorId);
      check(rows(before).equals(rows(now)), "both statements give the same figures");
      for (int i = 0; i < 60; i++) {
        for (int s = 0; s < 2; s++) {
          long start = System.nanoTime();
          rows(s == 0 ? before : now);
          if (i >= 10) {
            nanos[s][i - 10] = System.nanoTime() - start;
          }
        }
      }
    }
    return nanos;
  }

  private static List<String> rows(PreparedStatement s) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(r.getString(1) + " " + r.getInt(2) + " " + r.getBigDecimal(3).stripTrailingZeros().toPlainString() + " "
            + r.getBigDecimal(4).stripTrailingZeros().toPlainString());
      }
    }
    return rows;
  }

  private void explain(String anchorId) throws Exception {
    try (Connection c = DriverManager.getConnection(options.get("--jdbc"), "postgres", "postgres")) {
      for (String[] statement : new String[][] {{"as it was", CONTRACT_PART_BEFORE}, {"now", CONTRACT_PART_NOW}}) {
        System.out.printf("%nEXPLAIN ANALYZE, the dashboard's contract part %s:%n", statement[0]);
        try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement[1])) {
          s.setString(1, anchorId);
          if (statement[1] == CONTRACT_PART_BEFORE) {
            s.setString(2, anchorId);
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              System.out.println("  " + r.getString(1));
            }
          }
        }
      }
    }
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

  // ---- helpers ----

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    check(m.find(), name + " in " + json.substring(0, Math.min(300, json.length())));
    return m.group(1);
  }

  private static List<String> codes(String json) {
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

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
    System.out.printf("  %-96s %7.1f s%n", name, (System.nanoTime() - startNanos) / 1e9);
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
