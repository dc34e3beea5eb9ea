import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import uk.svkit.api.directory.domain.DirectoryQuery;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.OrganisationOrder;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.infrastructure.SearchStatements;
import uk.svkit.api.directory.infrastructure.Sql;

/**
 * The directory scale benchmark (bench/directory.sh explains what it measures). Generates a
 * national directory straight into PostgreSQL, then times organisation searches through the
 * HTTP API beside the very statements the server runs (from the API's own SearchStatements),
 * issued over plain JDBC in the same run.
 */
public class DirectoryBench {
  static final String[] THEMES = {"health-and-wellbeing", "mental-health", "education-and-skills", "employment",
      "children-and-young-people", "older-people", "disability", "poverty-and-cost-of-living", "housing-and-homelessness",
      "environment", "arts-and-culture", "community-cohesion", "food-insecurity", "sport-and-physical-activity",
      "digital-inclusion", "crime-and-community-safety"};
  /** Words of names, descriptions and need texts; queries pick from them too. */
  static final String[] WORDS = ("food bank pantry kitchen meals mental health wellbeing counselling support youth young people"
      + " children family families carers older elderly isolation loneliness befriending community garden allotment green park"
      + " environment recycling repair cafe digital laptops skills training employment jobs careers mentoring volunteers volunteering"
      + " housing homeless shelter refugee asylum migrants women men veterans disability autism dementia hospice sport football"
      + " boxing swimming running arts music theatre dance library reading literacy maths school after-school holiday club breakfast"
      + " debt advice benefits money energy warm space hub centre church mosque temple chapel faith parish village town estate ward"
      + " riverside coastal north south east west central drugs alcohol recovery addiction prison offenders safety crime victims"
      + " domestic abuse sanctuary lgbtq pride deaf blind wheelchair transport minibus bikes cycling walking nature wildlife trees"
      + " climate solar insulation furniture clothing uniform baby toys books computers internet wifi tablets phones translation"
      + " english language culture heritage history museum craft sewing cooking nutrition growing farming bees pets animals horses")
      .split(" ");
  static final String[] SUFFIXES = {"Trust", "Project", "CIC", "Foundation", "Network", "Hub", "Association", "Group", "Partnership",
      "Collective"};
  static final String[] LEGAL_FORMS = {"REGISTERED_CHARITY", "CIO", "CIC", "COMMUNITY_BENEFIT_SOCIETY", "COMPANY_LIMITED_BY_GUARANTEE",
      "FAITH_GROUP", "UNINCORPORATED_GROUP", "OTHER"};

  record Place(String code, double lat, double lon) {}

  /** One search: its API query string and the same search as the server builds it, with or without facet counts. */
  record Search(String kind, String queryString, DirectoryQuery query, OrganisationOrder order, boolean facets) {
    Search withFacets() {
      return new Search(kind, queryString, query, order, true);
    }
  }

  public static void main(String[] args) throws Exception {
    String base = null;
    String jdbc = null;
    int organisations = 200_000;
    int needs = 500_000;
    int threads = 4;
    int calls = 300;
    int seconds = 20;
    int warmup = 20;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--base" -> base = args[i + 1];
        case "--jdbc" -> jdbc = args[i + 1];
        case "--organisations" -> organisations = Integer.parseInt(args[i + 1]);
        case "--needs" -> needs = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--calls" -> calls = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    List<Place> places;
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
      places = places(c);
      long t0 = System.nanoTime();
      generate(c, places, organisations, needs);
      System.out.printf("generated %,d organisations and %,d needs over %d places in %.0f s (then VACUUM ANALYZE)%n",
          organisations, needs, places.size(), (System.nanoTime() - t0) / 1e9);
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
          "SELECT (SELECT count(*) FROM dir_profile), (SELECT count(*) FROM dir_need),"
              + " (SELECT count(*) FROM dir_need WHERE status = 'OPEN' AND expires_on >= current_date),"
              + " pg_size_pretty(pg_database_size(current_database()))")) {
        r.next();
        System.out.printf("database: %,d profiles, %,d needs (%,d open and unexpired), %s%n", r.getLong(1), r.getLong(2), r.getLong(3),
            r.getString(4));
      }
    }
    List<Search> searches = searches(places, 3000);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    Runner overHttp = new HttpRunner(http, base);
    Runner overJdbc = new JdbcRunner(jdbc);
    checkSameResults(searches.subList(0, 60), http, base, jdbc);

    List<Search> browse = searches.stream().map(Search::withFacets).toList();
    System.out.printf("%nwarm-up: %d s each path%n", warmup);
    throughput(overHttp, searches, threads, warmup);
    throughput(overJdbc, searches, threads, warmup);
    latency("lookup: a page, no facet counts (facets=false, as the SDK's searches ask)", searches, overHttp, overJdbc, calls);
    latency("browse: a first page with facet counts over every result", browse, overHttp, overJdbc, Math.max(1, calls / 3));

    System.out.printf("%nthroughput of the mix, %d client threads, %d s each (the client, server and PostgreSQL share the cores)%n",
        threads, seconds);
    for (Object[] mode : new Object[][] {{"lookup", searches}, {"browse", browse}}) {
      @SuppressWarnings("unchecked")
      List<Search> mix = (List<Search>) mode[1];
      Load h = throughput(overHttp, mix, threads, seconds);
      Load j = throughput(overJdbc, mix, threads, seconds);
      System.out.printf("%-7s HTTP: %,6.0f searches/s, p50 %6.1f ms, p99 %6.1f ms%n", mode[0], h.perSecond(), h.p50(), h.p99());
      System.out.printf("%-7s JDBC: %,6.0f searches/s, p50 %6.1f ms, p99 %6.1f ms   HTTP/JDBC throughput %.2f%n", mode[0], j.perSecond(),
          j.p50(), j.p99(), h.perSecond() / j.perSecond());
    }
    overJdbc.close();
  }

  /** One caller: each kind, then the mix, over HTTP and over JDBC. */
  static void latency(String title, List<Search> searches, Runner overHttp, Runner overJdbc, int calls) throws Exception {
    System.out.printf("%nlatency, %s; one caller, %d calls of each kind (ms)%n", title, calls);
    System.out.printf("%-14s %-5s %8s %8s %8s %8s   %s%n", "kind", "path", "p50", "p90", "p99", "mean", "p50 ratio HTTP/JDBC");
    for (String kind : List.of("text+place", "near+radius", "theme+support", "mix")) {
      List<Search> ofKind = kind.equals("mix") ? searches.subList(0, Math.min(searches.size(), calls * 3))
          : searches.stream().filter(s -> s.kind().equals(kind)).limit(calls).toList();
      double[] h = sequential(overHttp, ofKind);
      double[] j = sequential(overJdbc, ofKind);
      print(kind, "HTTP", h, "");
      print(kind, "JDBC", j, String.format("%.2f", percentile(h, 50) / percentile(j, 50)));
    }
  }

  // ---- data ------------------------------------------------------------------------------

  /** The nine Cheshire & Merseyside places (centres from their postcode districts) and synthetic places across England. */
  static List<Place> places(Connection c) throws Exception {
    List<Place> places = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
        "SELECT place_code, avg(latitude), avg(longitude) FROM dir_postcode_district WHERE place_code IS NOT NULL"
            + " GROUP BY place_code ORDER BY place_code")) {
      while (r.next()) {
        places.add(new Place(r.getString(1), r.getDouble(2), r.getDouble(3)));
      }
    }
    Random random = new Random(7);
    for (int i = places.size(); i < 350; i++) {
      places.add(new Place(String.format("E99%06d", i), 50.6 + random.nextDouble() * 4.2, -3.4 + random.nextDouble() * 3.8));
    }
    return places;
  }

  /** Profiles, their themes and places, and needs, by set-based SQL (deterministic: seeded). */
  static void generate(Connection c, List<Place> places, int organisations, int needs) throws Exception {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT setseed(0.42)");
      s.execute("CREATE TEMP TABLE bench_place (n INTEGER PRIMARY KEY, code VARCHAR(9), lat DOUBLE PRECISION, lon DOUBLE PRECISION)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_place VALUES (?, ?, ?, ?)")) {
        for (int i = 0; i < places.size(); i++) {
          insert.setInt(1, i);
          insert.setString(2, places.get(i).code());
          insert.setDouble(3, places.get(i).lat());
          insert.setDouble(4, places.get(i).lon());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      String words = "ARRAY['" + String.join("','", WORDS) + "']";
      String uuid = "substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12)";
      s.execute("CREATE TEMP TABLE bench_profile AS SELECT i, " + uuid.replace("h", "md5('profile' || i)") + " AS id,"
          + " (i % " + places.size() + ") AS place_n FROM generate_series(1, " + organisations + ") i");
      s.execute("CREATE TEMP TABLE bench_words AS SELECT " + words + " AS w");
      s.execute("INSERT INTO dir_profile (id, version, owner_organisation_id, created_at, updated_at, name, name_key, identifier,"
          + " legal_form, description, base_place_code, latitude, longitude, search_text, verification_status)"
          + " SELECT g.id, 0, g.id, now(), now(), g.name, lower(g.name), 'GB-CHC-' || (3000000 + g.i), g.legal_form, g.description,"
          + " pl.code, pl.lat + (random() - 0.5) * 0.25, pl.lon + (random() - 0.5) * 0.4, lower(g.name || ' ' || g.description), 'UNVERIFIED'"
          + " FROM (SELECT b.i, b.id, b.place_n,"
          + "   initcap(w.w[1 + floor(random() * array_length(w.w, 1))::int]) || ' ' || initcap(w.w[1 + floor(random() * array_length(w.w, 1))::int])"
          + "     || ' ' || (ARRAY['" + String.join("','", SUFFIXES) + "'])[1 + (b.i % " + SUFFIXES.length + ")] AS name,"
          + "   (ARRAY['" + String.join("','", LEGAL_FORMS) + "'])[1 + (b.i % " + LEGAL_FORMS.length + ")] AS legal_form,"
          + "   'We work on ' || array_to_string(ARRAY(SELECT w.w[1 + floor(random() * array_length(w.w, 1))::int]"
          + "     FROM generate_series(1, 12 + 0 * b.i)), ' ') AS description"
          + " FROM bench_profile b, bench_words w) g JOIN bench_place pl ON pl.n = g.place_n");
      s.execute("INSERT INTO dir_profile_theme (profile_id, theme_code)"
          + " SELECT b.id, (ARRAY['" + String.join("','", THEMES) + "'])[1 + floor(random() * " + THEMES.length + ")::int]"
          + " FROM bench_profile b, generate_series(0, 2) k WHERE k <= b.i % 3 ON CONFLICT DO NOTHING");
      s.execute("INSERT INTO dir_profile_place (profile_id, place_code) SELECT b.id, pl.code FROM bench_profile b"
          + " JOIN bench_place pl ON pl.n = b.place_n");
      s.execute("INSERT INTO dir_profile_place (profile_id, place_code) SELECT b.id, pl.code FROM bench_profile b"
          + " JOIN bench_place pl ON pl.n = (b.place_n + 1) % " + places.size() + " WHERE b.i % 4 = 0");
      s.execute("INSERT INTO dir_need (id, version, owner_organisation_id, created_at, updated_at, support_type, title, description,"
          + " quantity, unit, place_code, expires_on, status, pledged_quantity, delivered_quantity, search_text)"
          + " SELECT g.id, 0, b.id, now() - random() * interval '90 days', now(), g.support_type, g.title, g.description,"
          + " round((random() * 500)::numeric, 2), 'hours', NULL, current_date + (floor(random() * 200) - 20)::int,"
          + " CASE WHEN g.j % 10 < 8 THEN 'OPEN' WHEN g.j % 10 = 8 THEN 'PLEDGED' ELSE 'MET' END, 0, 0,"
          + " lower(g.title || ' ' || g.description)"
          + " FROM (SELECT j, " + uuid.replace("h", "md5('need' || j)") + " AS id,"
          + "   1 + floor(random() * " + organisations + ")::int AS owner_i,"
          + "   (ARRAY['" + String.join("','", Arrays.stream(SupportType.values()).map(Enum::name).toList()) + "'])[1 + (j % 6)] AS support_type,"
          + "   initcap(w.w[1 + floor(random() * array_length(w.w, 1))::int]) || ' ' || w.w[1 + floor(random() * array_length(w.w, 1))::int]"
          + "     || ' needed' AS title,"
          + "   array_to_string(ARRAY(SELECT w.w[1 + floor(random() * array_length(w.w, 1))::int] FROM generate_series(1, 10 + 0 * j)), ' ')"
          + "     AS description"
          + " FROM generate_series(1, " + needs + ") j, bench_words w) g JOIN bench_profile b ON b.i = g.owner_i");
      c.commit();
      c.setAutoCommit(true);
      // What autovacuum would have done by the time a loaded directory is searched: statistics and the visibility map.
      s.execute("VACUUM ANALYZE");
    }
  }

  // ---- searches --------------------------------------------------------------------------

  /** A seeded, shuffled mix of the three kinds, a third each. */
  static List<Search> searches(List<Place> places, int count) {
    Random random = new Random(11);
    List<Search> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Place place = places.get(random.nextInt(places.size()));
      switch (i % 3) {
        case 0 -> {
          String text = WORDS[random.nextInt(WORDS.length)] + (random.nextInt(3) == 0 ? " " + WORDS[random.nextInt(WORDS.length)] : "");
          all.add(new Search("text+place", "q=" + enc(text) + "&placeCode=" + place.code(),
              new DirectoryQuery(text, terms(text), place.code(), null, null, null, null, null), OrganisationOrder.RELEVANCE, false));
        }
        case 1 -> {
          double lat = round(place.lat() + (random.nextDouble() - 0.5) * 0.1);
          double lon = round(place.lon() + (random.nextDouble() - 0.5) * 0.1);
          all.add(new Search("near+radius", "lat=" + lat + "&lon=" + lon + "&radiusKm=5",
              new DirectoryQuery(null, List.of(), null, null, null, null, null, new Distance.Circle(lat, lon, 5)), OrganisationOrder.DISTANCE, false));
        }
        default -> {
          String theme = THEMES[random.nextInt(THEMES.length)];
          SupportType support = SupportType.values()[random.nextInt(SupportType.values().length)];
          all.add(new Search("theme+support", "theme=" + theme + "&supportType=" + support,
              new DirectoryQuery(null, List.of(), null, theme, support, null, null, null), OrganisationOrder.NAME, false));
        }
      }
    }
    java.util.Collections.shuffle(all, random);
    return all;
  }

  /** As the API splits free text: distinct lower-case words. */
  static List<String> terms(String text) {
    return new ArrayList<>(new TreeSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).trim().split("\\s+"))));
  }

  static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The API and the plain statements must agree, or the comparison means nothing. */
  static void checkSameResults(List<Search> sample, HttpClient http, String base, String jdbc) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
      int checked = 0;
      for (Search s : sample) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement page = SearchStatements.organisationPage(s.query(), today(), s.order(), null, 20).prepare(c);
            ResultSet r = page.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString("id"));
          }
        }
        String body = http.send(request(base, s), HttpResponse.BodyHandlers.ofString()).body();
        int at = 0;
        for (String id : ids) {
          at = body.indexOf("\"id\":\"" + id + "\"", at);
          if (at < 0) {
            throw new IllegalStateException("The API's page differs from the SQL's for " + s.queryString() + ": " + body);
          }
        }
        checked++;
      }
      System.out.printf("checked: the API returns the SQL's pages, in order, for %d searches%n", checked);
    }
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  static HttpRequest request(String base, Search s) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/directory/organisations?limit=20&" + s.queryString()
            + (s.facets() ? "" : "&facets=false")))
        .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
  }

  // ---- timing ----------------------------------------------------------------------------

  interface Runner extends AutoCloseable {
    /** Runs one search on the calling thread's connection. */
    void run(Search s) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  record HttpRunner(HttpClient http, String base) implements Runner {
    @Override
    public void run(Search s) throws Exception {
      HttpResponse<byte[]> response = http.send(request(base, s), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.statusCode() + " for " + s.queryString() + ": " + new String(response.body(), StandardCharsets.UTF_8));
      }
    }
  }

  /** The server's page statement (a row more than the page, as the server reads) and, when asked, its facet statement; one connection per thread. */
  static final class JdbcRunner implements Runner {
    private final String url;
    private final List<Connection> opened = new ArrayList<>();
    private final ThreadLocal<Connection> connection;

    JdbcRunner(String url) {
      this.url = url;
      this.connection = ThreadLocal.withInitial(this::open);
    }

    private synchronized Connection open() {
      try {
        Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        opened.add(c);
        return c;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void run(Search s) throws Exception {
      Connection c = connection.get();
      LocalDate today = today();
      List<Sql> statements = new ArrayList<>(List.of(SearchStatements.organisationPage(s.query(), today, s.order(), null, 21)));
      if (s.facets()) {
        statements.add(SearchStatements.organisationFacets(s.query(), today));
      }
      for (Sql sql : statements) {
        try (PreparedStatement statement = sql.prepare(c); ResultSet r = statement.executeQuery()) {
          while (r.next()) {
            r.getString(1);
          }
        }
      }
    }

    @Override
    public synchronized void close() throws Exception {
      for (Connection c : opened) {
        c.close();
      }
    }
  }

  static double[] sequential(Runner runner, List<Search> searches) throws Exception {
    double[] ms = new double[searches.size()];
    for (int i = 0; i < searches.size(); i++) {
      long t = System.nanoTime();
      runner.run(searches.get(i));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return ms;
  }

  record Load(double perSecond, double p50, double p99) {}

  /** THREADS callers, each taking the next search of the mix, for the given time. */
  static Load throughput(Runner runner, List<Search> searches, int threads, int seconds) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger next = new AtomicInteger();
    List<double[]> perThread = new ArrayList<>();
    int[] done = new int[threads];
    CountDownLatch finished = new CountDownLatch(threads);
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      double[] ms = new double[1_000_000];
      perThread.add(ms);
      int me = t;
      Thread thread = new Thread(() -> {
        try {
          while (!stop.get()) {
            Search s = searches.get(Math.floorMod(next.getAndIncrement(), searches.size()));
            long start = System.nanoTime();
            runner.run(s);
            ms[done[me]++] = (System.nanoTime() - start) / 1e6;
          }
        } catch (Throwable e) {
          failures.add(e);
        } finally {
          finished.countDown();
        }
      });
      thread.start();
    }
    long t0 = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    finished.await();
    double elapsed = (System.nanoTime() - t0) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a search failed", failures.get(0));
    }
    int total = Arrays.stream(done).sum();
    double[] all = new double[total];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, done[t]);
      at += done[t];
    }
    return new Load(total / elapsed, percentile(all, 50), percentile(all, 99));
  }

  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
  }

  static void print(String kind, String path, double[] ms, String ratio) {
    System.out.printf("%-14s %-5s %8.2f %8.2f %8.2f %8.2f   %s%n", kind, path, percentile(ms, 50), percentile(ms, 90), percentile(ms, 99),
        Arrays.stream(ms).average().orElse(0), ratio);
  }
}
