import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.demo.MintDemoToken;

/**
 * Load driver of bench/evaluation.sh (read that header first). Against a running svkit started
 * with SVKIT_DEMO=true it sets up, through the REST API only, a tender with BIDS bids of QUESTIONS
 * questions, every answer scored by two evaluators (a few disagreements, which the buyer
 * moderates), then measures, from one client thread, the latency of the full evaluation
 * ({@code GET /tenders/{id}/evaluation}) beside a baseline measured in the same run: the
 * single-record authenticated read {@code GET /tenders/{id}}.
 *
 * <p>Run from the repository root, with MintDemoToken compiled onto the class path:
 *
 * <pre>
 *   javac -d /tmp/mint liberty-server/demo/MintDemoToken.java
 *   java -cp /tmp/mint bench/evaluation/EvaluationBench.java --base http://localhost:9280
 * </pre>
 *
 * Options (all optional): --base URL, --bids 50, --questions 40, --threads 4 (set-up
 * concurrency), --bid-window 20 (seconds from creating the tender to its deadline; must cover
 * submitting every bid), --warmup 30 (seconds of warm-up, and at least 100 calls of each),
 * --calls 300 (measured calls of each).
 *
 * <p>Only the JDK: ids come from {@code Location} headers, versions from {@code ETag}, and the
 * evaluation is checked by counting a few fixed JSON fragments.
 */
public final class EvaluationBench {
  private static final String FRAMEWORK = "SVK-LOCAL";
  private static final String PROXY_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";
  private static final String BUYER_ORG = "GB-LAE-WRL";
  private static final List<String> EVALUATORS = List.of("eva@bench", "evb@bench");
  private static final int[] RUBRIC = {0, 25, 50, 75, 100};
  /** Measure, low and high committed quantity (whole contract). */
  private static final String[][] MEASURES = {
    {"LM-EMP-01", "2", "12"}, {"LM-EMP-02", "20", "80"}, {"LM-SKL-01", "20", "200"},
    {"LM-SUP-01", "100000", "900000"}, {"LM-SUP-02", "20000", "200000"}, {"LM-WEL-01", "5000", "50000"},
    {"LM-VOL-01", "200", "2000"}, {"LM-VCS-01", "2000", "20000"}, {"LM-CO2-01", "10", "200"}};
  private static final String[] WORDS = (
      "we will recruit local people through the council's employment hub and train them on the contract with "
      + "apprenticeships mentoring and a guaranteed interview scheme while our supply chain buys from local firms and "
      + "voluntary community organisations measured quarterly and reported openly to the buyer with evidence").split(" ");

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final Path key = Path.of("liberty-server/demo/demo-jwt-private.pem");

  private EvaluationBench(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of(
        "--base", "http://localhost:9280", "--bids", "50", "--questions", "40", "--threads", "4",
        "--bid-window", "20", "--warmup", "30", "--calls", "300"));
    for (int i = 0; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        System.err.println("Unknown option or missing value: " + args[i] + "; options: " + options.keySet());
        System.exit(2);
      }
      options.put(args[i], args[i + 1]);
    }
    EvaluationBench bench = new EvaluationBench(options.get("--base"));
    bench.run(Integer.parseInt(options.get("--bids")), Integer.parseInt(options.get("--questions")),
        Integer.parseInt(options.get("--threads")), Integer.parseInt(options.get("--bid-window")),
        Integer.parseInt(options.get("--warmup")), Integer.parseInt(options.get("--calls")));
  }

  private void run(int bidCount, int questionCount, int threads, int bidWindow, int warmupSeconds, int calls) throws Exception {
    long setupStart = System.nanoTime();
    String admin = mint("admin@bench", null, "platform-admin");
    String buyer = mint("buyer@bench", BUYER_ORG, "buyer");
    List<String> evaluators = EVALUATORS.stream().map(s -> mint(s, BUYER_ORG, "evaluator")).toList();
    ExecutorService pool = Executors.newFixedThreadPool(threads);

    // 1. Suppliers: register the organisations as the platform admin; a token for each.
    long t = System.nanoTime();
    List<String> supplierTokens = parallel(pool, bidCount, b -> {
      String identifier = String.format("GB-COH-0980%04d", b + 1);
      expect(201, "POST", "/api/v1/organisations", admin, null, String.format(
          "{\"name\":\"Bench Supplier %02d Ltd\",\"roles\":[\"SUPPLIER\"],\"identifier\":\"%s\"}", b + 1, identifier));
      return mint("bidder@" + identifier, identifier, "supplier");
    });
    phase("register " + bidCount + " supplier organisations", t);

    // 2. The question set: a mix of types, weights adding up to exactly 100, published.
    t = System.nanoTime();
    List<Question> questions = questions(questionCount);
    StringBuilder set = new StringBuilder("{\"title\":\"Bench social value questions\",\"frameworkCode\":\"" + FRAMEWORK
        + "\",\"edition\":\"1\",\"questions\":[");
    for (int q = 0; q < questions.size(); q++) {
      set.append(q == 0 ? "" : ",").append(questions.get(q).json());
    }
    HttpResponse<String> created = expect(201, "POST", "/api/v1/question-sets", buyer, null, set.append("]}").toString());
    String setId = idFrom(created);
    expect(200, "POST", "/api/v1/question-sets/" + setId + "/publish", buyer, etag(created), null);

    // 3. The tender, its deadline BID_WINDOW seconds ahead, and its two evaluators.
    Instant deadline = Instant.now().plusSeconds(bidWindow).truncatedTo(ChronoUnit.SECONDS);
    created = expect(201, "POST", "/api/v1/tenders", buyer, null, String.format(
        "{\"buyerTenderId\":\"BENCH-%d\",\"title\":\"Bench tender: %d bids x %d questions\",\"questionSetId\":\"%s\","
            + "\"proxySetId\":\"%s\",\"socialValueWeighting\":20,\"contractValue\":5000000,\"currency\":\"GBP\",\"deadline\":\"%s\"}",
        System.currentTimeMillis(), bidCount, questionCount, setId, PROXY_SET, deadline));
    String tenderId = idFrom(created);
    expect(200, "PUT", "/api/v1/tenders/" + tenderId + "/evaluators", buyer, etag(created),
        "{\"evaluators\":[\"" + String.join("\",\"", EVALUATORS) + "\"]}");
    phase("question set (" + questionCount + " questions), publish, tender, evaluators", t);

    // 4. One bid per supplier, every question answered.
    t = System.nanoTime();
    List<String> bidIds = parallel(pool, bidCount, b ->
        idFrom(expect(201, "POST", "/api/v1/tenders/" + tenderId + "/bids", supplierTokens.get(b), null, bid(b, questions))));
    phase("submit " + bidCount + " bids", t);
    if (Instant.now().isAfter(deadline)) {
      throw new IllegalStateException("Bids were still being submitted at the deadline; raise --bid-window");
    }
    t = System.nanoTime();
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 1_000);
    phase("wait for the deadline", t);

    // 5. Both evaluators score every answer; they disagree on a few, which the buyer moderates.
    t = System.nanoTime();
    List<int[]> disagreements = new ArrayList<>();
    for (int b = 0; b < bidCount; b++) {
      for (int q = 0; q < questionCount; q++) {
        if (score(b, q, 0) != score(b, q, 1)) {
          disagreements.add(new int[] {b, q});
        }
      }
    }
    parallel(pool, bidCount * EVALUATORS.size(), task -> {
      int b = task / EVALUATORS.size();
      int e = task % EVALUATORS.size();
      for (int q = 0; q < questionCount; q++) {
        expect(200, "PUT", "/api/v1/tenders/" + tenderId + "/bids/" + bidIds.get(b) + "/scores/" + questions.get(q).key(), evaluators.get(e), null,
            "{\"score\":" + score(b, q, e) + ",\"comment\":\"" + (score(b, q, e) >= 50 ? "Specific and evidenced" : "Generic, little evidence") + "\"}");
      }
      return null;
    });
    phase("score " + bidCount * questionCount * EVALUATORS.size() + " answers (" + threads + " threads)", t);
    t = System.nanoTime();
    for (int[] d : disagreements) {
      expect(200, "PUT", "/api/v1/tenders/" + tenderId + "/bids/" + bidIds.get(d[0]) + "/moderations/" + questions.get(d[1]).key(), buyer, null,
          "{\"score\":" + Math.max(score(d[0], d[1], 0), score(d[0], d[1], 1)) + ",\"rationale\":\"Moderation panel: the evidence supports the higher score\"}");
    }
    phase("moderate " + disagreements.size() + " disagreements", t);
    pool.shutdown();
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    System.out.printf("set-up total %.1f s%n", setupSeconds);

    // 6. Sanity-check what is measured: every bid and answer present, complete since every disagreement was moderated.
    String evaluationPath = "/api/v1/tenders/" + tenderId + "/evaluation";
    String tenderPath = "/api/v1/tenders/" + tenderId;
    String evaluation = expect(200, "GET", evaluationPath, buyer, null, null).body();
    int bidsSeen = count(evaluation, "\"supplierOrganisationId\"\\s*:");
    int answersSeen = count(evaluation, "\"scores\"\\s*:\\s*\\d"); // QuestionEvaluation.scores, once per answer
    check(bidsSeen == bidCount, "bids in the evaluation: " + bidsSeen);
    check(answersSeen == bidCount * questionCount, "answers in the evaluation: " + answersSeen);
    check(count(evaluation, "\"status\"\\s*:\\s*\"AGREED\"") == bidCount * questionCount - disagreements.size(), "agreed answers");
    check(count(evaluation, "\"status\"\\s*:\\s*\"MODERATED\"") == disagreements.size(), "moderated answers");
    check(count(evaluation, "\"complete\"\\s*:\\s*true") == 1, "the evaluation should be complete");
    check(count(evaluation, "\"rank\"\\s*:\\s*1\\b") >= 1, "a bid ranked first");
    check(count(evaluation, "\"QUANTITY_OUTLIER\"") >= 1 && count(evaluation, "\"VALUE_EXCEEDS_CONTRACT_VALUE\"") >= 1, "bid 8's flags");
    int evaluationBytes = evaluation.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("evaluation checked: %d bids x %d questions, %d moderated, complete=true, %d flags, %,d bytes%n",
        bidCount, questionCount, disagreements.size(), count(evaluation, "\"code\"\\s*:"), evaluationBytes);

    // 7. Warm-up, then measurement: sequential, one client thread, the two requests in alternating blocks.
    t = System.nanoTime();
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    int warmupCalls = 0;
    while (System.nanoTime() < warmupEnd || warmupCalls < 100) {
      timed(evaluationPath, buyer);
      timed(tenderPath, buyer);
      warmupCalls++;
    }
    phase("warm-up (" + warmupCalls + " calls of each)", t);
    long[] evaluationNanos = new long[calls];
    long[] baselineNanos = new long[calls];
    int block = 25;
    for (int done = 0; done < calls; done += block) {
      for (int i = done; i < Math.min(calls, done + block); i++) {
        evaluationNanos[i] = timed(evaluationPath, buyer);
      }
      for (int i = done; i < Math.min(calls, done + block); i++) {
        baselineNanos[i] = timed(tenderPath, buyer);
      }
    }
    Stats evaluationStats = Stats.of(evaluationNanos);
    Stats baselineStats = Stats.of(baselineNanos);
    System.out.println();
    System.out.printf("%-44s %8s %8s %8s %8s  (ms, %d sequential calls each)%n", "request", "p50", "p90", "p99", "mean", calls);
    System.out.println(evaluationStats.row("GET /tenders/{id}/evaluation (" + bidCount + "x" + questionCount + ")"));
    System.out.println(baselineStats.row("baseline GET /tenders/{id}"));
    System.out.printf("%-44s %8.1f %8.1f %8.1f %8.1f  (evaluation / baseline)%n", "ratio",
        evaluationStats.p50 / baselineStats.p50, evaluationStats.p90 / baselineStats.p90,
        evaluationStats.p99 / baselineStats.p99, evaluationStats.mean / baselineStats.mean);
    System.out.printf("evaluation response %,d bytes; p50 %s the 100 ms target%n", evaluationBytes,
        evaluationStats.p50 < 100 ? "meets" : "MISSES");
  }

  // ---- the data ----

  record Question(String key, String type, String measure, String json) {}

  private static List<Question> questions(int count) {
    // Of every 20 questions: 5 commitments (weight 4), 7 method statements (2.5), 4 yes/no (1.25), 4 numbers (1.875): 50 %.
    // Weights add up to exactly 100 when count is a multiple of 40, so the set stays publishable.
    if (count % 40 != 0) {
      throw new IllegalArgumentException("--questions must be a multiple of 40, so that weights add up to 100");
    }
    String[] types = {"COMMITMENT", "METHOD_STATEMENT", "COMMITMENT", "METHOD_STATEMENT", "YES_NO", "COMMITMENT", "METHOD_STATEMENT",
      "NUMBER", "COMMITMENT", "METHOD_STATEMENT", "YES_NO", "METHOD_STATEMENT", "NUMBER", "COMMITMENT", "METHOD_STATEMENT",
      "YES_NO", "NUMBER", "METHOD_STATEMENT", "YES_NO", "NUMBER"};
    String scale = String.valueOf(count / 40);
    List<Question> questions = new ArrayList<>();
    int commitments = 0;
    for (int q = 0; q < count; q++) {
      String key = String.format("Q%02d", q + 1);
      String type = types[q % types.length];
      String weight = new java.math.BigDecimal(switch (type) {
        case "COMMITMENT" -> "4";
        case "METHOD_STATEMENT" -> "2.5";
        case "YES_NO" -> "1.25";
        default -> "1.875";
      }).divide(new java.math.BigDecimal(scale)).toPlainString();
      String measure = type.equals("COMMITMENT") ? MEASURES[commitments++ % MEASURES.length][0] : null;
      String extra = switch (type) {
        case "COMMITMENT" -> ",\"measureCode\":\"" + measure + "\"";
        case "METHOD_STATEMENT" -> ",\"maxWords\":500";
        case "NUMBER" -> ",\"unitLabel\":\"people\"";
        default -> "";
      };
      String text = switch (type) {
        case "COMMITMENT" -> "What will you commit to on " + measure + " over the contract?";
        case "METHOD_STATEMENT" -> "Describe how you will deliver social value outcome " + (q + 1) + ", with evidence.";
        case "YES_NO" -> "Do you hold the accreditation asked for in part " + (q + 1) + "?";
        default -> "How many people will work on part " + (q + 1) + " of the contract?";
      };
      questions.add(new Question(key, type, measure,
          "{\"key\":\"" + key + "\",\"type\":\"" + type + "\",\"text\":\"" + text + "\",\"weight\":" + weight + extra + "}"));
    }
    return questions;
  }

  /**
   * Supplier b's bid: varied quantities (bid 7 commits 30 times the local spend, so it is flagged as an outlier and as
   * valued above the contract value), 80 to 300 word statements.
   */
  private static String bid(int b, List<Question> questions) {
    StringBuilder json = new StringBuilder("{\"price\":").append(4_500_000 + (b * 37_813) % 700_000).append(",\"answers\":[");
    for (int q = 0; q < questions.size(); q++) {
      Question question = questions.get(q);
      json.append(q == 0 ? "" : ",").append("{\"questionKey\":\"").append(question.key()).append('"');
      switch (question.type()) {
        case "COMMITMENT" -> {
          String[] m = Arrays.stream(MEASURES).filter(r -> r[0].equals(question.measure())).findFirst().orElseThrow();
          double low = Double.parseDouble(m[1]);
          double high = Double.parseDouble(m[2]);
          double quantity = Math.round(low + (high - low) * (((b * 31 + q * 17) % 50) / 49.0));
          if (b == 7 && m[0].equals("LM-SUP-01")) {
            quantity *= 30;
          }
          json.append(",\"commitment\":{\"quantity\":").append((long) quantity)
              .append(",\"period\":\"").append((b + q) % 4 == 0 ? "PER_YEAR" : "WHOLE_CONTRACT").append("\",\"placeCode\":\"E08000015\"}");
        }
        case "METHOD_STATEMENT" -> {
          int words = 80 + (b * 53 + q * 29) % 221;
          StringBuilder text = new StringBuilder();
          for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[(b + q * 7 + w * 3) % WORDS.length]);
          }
          json.append(",\"text\":\"").append(text).append('"');
        }
        case "YES_NO" -> json.append(",\"yes\":").append((b + q) % 5 != 0);
        default -> json.append(",\"number\":").append(5 + (b * 13 + q) % 60);
      }
      json.append('}');
    }
    return json.append("]}").toString();
  }

  /** Evaluator e's score of bid b's answer to question q: the two disagree on about one answer in a hundred. */
  private static int score(int b, int q, int e) {
    int level = 1 + (b * 7 + q * 3 + (b * q) % 5) % 4;
    if (e == 1 && (b * 40 + q) % 97 == 13) {
      level = level == 4 ? 3 : level + 1;
    }
    return RUBRIC[level];
  }

  // ---- HTTP ----

  private String mint(String subject, String org, String role) {
    try {
      return MintDemoToken.mint(key, subject, org, List.of(role), Duration.ofMinutes(120));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot mint a demo token (run from the repository root)", e);
    }
  }

  private HttpResponse<String> expect(int status, String method, String path, String token, String ifMatch, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
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
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " (expected " + status + "): " + response.body());
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
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
    }
    return elapsed;
  }

  private static String idFrom(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("201 without Location"));
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag"));
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
    System.out.printf("  %-60s %7.1f s%n", name, (System.nanoTime() - startNanos) / 1e9);
  }

  /** How many times the regular expression matches. */
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
      throw new IllegalStateException("Evaluation check failed: " + what);
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
