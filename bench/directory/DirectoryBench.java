import java.io.InputStream;
import java.net.HttpURLConnection;
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
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.OfferRepository;
import uk.svkit.api.directory.domain.OrganisationOrder;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.infrastructure.PostgresSearchStatements;
import uk.svkit.api.directory.infrastructure.SearchStatements;
import uk.svkit.api.directory.infrastructure.Sql;

/**
 * The directory scale benchmark (bench/directory.sh explains what it measures). Generates a
 * national directory straight into PostgreSQL, then times organisation, need and offer searches
 * and matching through the HTTP API beside the very statements the server runs (from the API's own
 * SearchStatements and PostgresSearchStatements), issued over plain JDBC in the same run.
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

  /** The tables whose triggers keep PostgreSQL's organisation search rows (V21). */
  static final List<String> SEARCH_ROW_SOURCES = List.of("dir_profile", "dir_profile_place", "dir_profile_theme", "dir_need");
  static final String[] MEASURES = {"LM-EMP-01", "LM-SKL-01", "LM-WEL-01", "LM-VOL-01", "LM-VCS-01", "LM-CO2-01", "LM-SUP-02"};

  /**
   * One search: its API path and query string, and the same search over JDBC (the statements the
   * server runs, returning the page's ids in order), with or without facet counts.
   */
  record Search(String kind, String path, String queryString, boolean facets, JdbcSide jdbc, JdbcSide before) {
    Search withFacets() {
      return new Search(kind, path, queryString, true, jdbc, before);
    }

    /**
     * The same search as PostgreSQL ran it before: the portable statements alone (before V21 for
     * organisations, V33 for needs), or for matching the load of every candidate; or none.
     */
    Search portable() {
      return new Search(kind, path, queryString, facets, before, null);
    }

    /** Whether the API's page is the SQL's page, in order (matching ranks in Java: not compared). */
    boolean comparable() {
      return !path.equals("matches");
    }
  }

  /** What a search costs in SQL at best: the server's statements for a page (and its facets). */
  interface JdbcSide {
    List<String> run(Connection c, LocalDate today, boolean facets) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String base = null;
    String jdbc = null;
    int organisations = 200_000;
    int needs = 500_000;
    int offers = 20_000;
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
        case "--offers" -> offers = Integer.parseInt(args[i + 1]);
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
      generate(c, places, organisations, needs, offers);
      System.out.printf("generated %,d organisations, %,d needs and %,d offers over %d places in %.0f s (then VACUUM ANALYZE)%n",
          organisations, needs, offers, places.size(), (System.nanoTime() - t0) / 1e9);
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
    List<Search> needSearches = needSearches(places, 3000);
    List<Search> offerSearches = offerSearches(places, 3000);
    List<Search> matchings = matchings(places, 1000);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    Runner overHttp = new HttpRunner(http, base);
    Runner overBlocking = new BlockingHttpRunner(base);
    Runner overJdbc = new JdbcRunner(jdbc);
    List<Search> sample = new ArrayList<>(searches.subList(0, 60));
    sample.addAll(needSearches.subList(0, 30));
    sample.addAll(offerSearches.subList(0, 30));
    checkSameResults(sample, http, base, jdbc);

    List<Search> browse = searches.stream().map(Search::withFacets).toList();
    List<Search> needBrowse = needSearches.stream().map(Search::withFacets).toList();
    System.out.printf("%nwarm-up: %d s each path%n", warmup);
    List<Search> all = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      all.add(searches.get(i));
      all.add(needSearches.get(i));
      all.add(offerSearches.get(i));
      all.add(matchings.get(i));
    }
    throughput(overHttp, all, threads, warmup);
    throughput(overBlocking, all, threads, warmup);
    throughput(overJdbc, all, threads, warmup);
    latency("organisations, lookup: a page, no facet counts (facets=false, as the SDK's searches ask)", searches, overHttp, overBlocking, overJdbc, calls);
    latency("organisations, browse: a first page with facet counts over every result", browse, overHttp, overBlocking, overJdbc, Math.max(1, calls / 3));
    latency("needs, lookup: a page, no facet counts", needSearches, overHttp, overBlocking, overJdbc, calls);
    latency("needs, browse: a first page with facet counts over every result", needBrowse, overHttp, overBlocking, overJdbc, Math.max(1, calls / 3));
    latency("offers: a page (offers have no facet counts)", offerSearches, overHttp, overBlocking, overJdbc, calls);
    latency("matching: a shortlist of 10 within 10 km for a measure (SQL: the candidates' statements)", matchings, overHttp,
        overBlocking, overJdbc, calls);

    System.out.printf("%nthroughput, %d client threads, %d s each (the client, server and PostgreSQL share the cores)%n",
        threads, seconds);
    for (Object[] mode : new Object[][] {{"organisations lookup", searches}, {"organisations browse", browse},
        {"needs lookup", needSearches}, {"offers", offerSearches}, {"matching", matchings}}) {
      @SuppressWarnings("unchecked")
      List<Search> mix = (List<Search>) mode[1];
      Load h = throughput(overHttp, mix, threads, seconds);
      Load b = throughput(overBlocking, mix, threads, seconds);
      Load j = throughput(overJdbc, mix, threads, seconds);
      System.out.printf("%-21s HTTP: %,6.0f searches/s, p50 %6.1f ms, p99 %6.1f ms%n", mode[0], h.perSecond(), h.p50(), h.p99());
      System.out.printf("%-21s HTTP-B: %,4.0f searches/s, p50 %6.1f ms, p99 %6.1f ms (blocking client)%n", mode[0], b.perSecond(),
          b.p50(), b.p99());
      System.out.printf("%-21s JDBC: %,6.0f searches/s, p50 %6.1f ms, p99 %6.1f ms   HTTP/JDBC throughput %.2f%n", mode[0],
          j.perSecond(), j.p50(), j.p99(), h.perSecond() / j.perSecond());
    }
    overJdbc.close();
  }

  /** One caller: each kind, then the mix, over HTTP and over JDBC. */
  static void latency(String title, List<Search> searches, Runner overHttp, Runner overBlocking, Runner overJdbc, int calls)
      throws Exception {
    System.out.printf("%nlatency, %s; one caller, %d calls of each kind (ms)%n", title, calls);
    System.out.printf("%-14s %-6s %8s %8s %8s %8s   %s%n", "kind", "path", "p50", "p90", "p99", "mean", "p50 ratio HTTP/JDBC");
    List<String> kinds = new ArrayList<>(searches.stream().map(Search::kind).distinct().sorted().toList());
    if (kinds.size() > 1) {
      kinds.add("mix");
    }
    for (String kind : kinds) {
      List<Search> ofKind = kind.equals("mix") ? searches.subList(0, Math.min(searches.size(), calls * 3))
          : searches.stream().filter(s -> s.kind().equals(kind)).limit(calls).toList();
      double[] h = sequential(overHttp, ofKind);
      double[] hb = sequential(overBlocking, ofKind);
      double[] j = sequential(overJdbc, ofKind);
      print(kind, "HTTP", h, "");
      print(kind, "HTTP-B", hb, "");
      print(kind, "JDBC", j, String.format("%.2f (HTTP-B/JDBC %.2f)", percentile(h, 50) / percentile(j, 50),
          percentile(hb, 50) / percentile(j, 50)));
      if (ofKind.get(0).before() != null) {
        double[] b = sequential(overJdbc, ofKind.stream().map(Search::portable).toList());
        print(kind, "SQL-0", b, String.format("(before: %s; JDBC/SQL-0 %.2f)", ofKind.get(0).path().equals("matches")
            ? "every candidate loaded (pre-V33)" : "the portable statements (pre-V21/V33)", percentile(j, 50) / percentile(b, 50)));
      }
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
  static void generate(Connection c, List<Place> places, int organisations, int needs, int offers) throws Exception {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      // A bulk load: the search rows' triggers wait, and the rows are written once at the end.
      for (String table : SEARCH_ROW_SOURCES) {
        s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
      }
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
      s.execute("INSERT INTO dir_offer (id, version, owner_organisation_id, created_at, updated_at, business_name, support_type, title,"
          + " description, quantity, unit, place_code, latitude, longitude, expires_on, status, claimed_quantity, delivered_quantity,"
          + " claim_count, search_text)"
          + " SELECT g.id, 0, g.business, now() - random() * interval '90 days', now(), 'Business ' || (g.j % 2000), g.support_type,"
          + " g.title, g.description, round((random() * 100)::numeric, 2), 'hours', pl.code, pl.lat + (random() - 0.5) * 0.25,"
          + " pl.lon + (random() - 0.5) * 0.4, current_date + (floor(random() * 200) - 20)::int,"
          + " CASE WHEN g.j % 10 < 7 THEN 'OPEN' WHEN g.j % 10 < 9 THEN 'PARTLY_TAKEN' ELSE 'CLOSED' END, 0, 0, 0,"
          + " lower('Business ' || (g.j % 2000) || ' ' || g.title || ' ' || g.description)"
          + " FROM (SELECT j, " + uuid.replace("h", "md5('offer' || j)") + " AS id, " + uuid.replace("h", "md5('business' || (j % 2000))")
          + "   AS business, (ARRAY['" + String.join("','", Arrays.stream(SupportType.values()).map(Enum::name).toList()) + "'])[1 + (j % 6)]"
          + "   AS support_type,"
          + "   initcap(w.w[1 + floor(random() * array_length(w.w, 1))::int]) || ' ' || w.w[1 + floor(random() * array_length(w.w, 1))::int]"
          + "     || ' offered' AS title,"
          + "   array_to_string(ARRAY(SELECT w.w[1 + floor(random() * array_length(w.w, 1))::int] FROM generate_series(1, 10 + 0 * j)), ' ')"
          + "     AS description"
          + " FROM generate_series(1, " + offers + ") j, bench_words w) g JOIN bench_place pl ON pl.n = g.j % " + places.size());
      s.execute("SELECT dir_profile_search_refresh(ARRAY(SELECT id FROM dir_profile))");
      // The needs' kept rows (and with them the kept need facet counts) from the organisations' rows.
      s.execute("SELECT dir_need_search_refresh(ARRAY(SELECT id FROM dir_profile))");
      for (String table : SEARCH_ROW_SOURCES) {
        s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
      }
      c.commit();
      c.setAutoCommit(true);
      // What autovacuum would have done by the time a loaded directory is searched: statistics and the visibility map.
      s.execute("VACUUM ANALYZE");
    }
  }

  // ---- searches --------------------------------------------------------------------------

  /** Organisation searches: a seeded, shuffled mix of the three kinds, a third each. */
  static List<Search> searches(List<Place> places, int count) {
    Random random = new Random(11);
    List<Search> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Place place = places.get(random.nextInt(places.size()));
      switch (i % 3) {
        case 0 -> {
          String text = text(random);
          all.add(organisations("text+place", "q=" + enc(text) + "&placeCode=" + place.code(),
              new DirectoryQuery(text, terms(text), place.code(), null, null, null, null, null), OrganisationOrder.RELEVANCE));
        }
        case 1 -> {
          Distance.Circle near = near(place, random, 5);
          all.add(organisations("near+radius", at(near), new DirectoryQuery(null, List.of(), null, null, null, null, null, near),
              OrganisationOrder.DISTANCE));
        }
        default -> {
          String theme = THEMES[random.nextInt(THEMES.length)];
          SupportType support = SupportType.values()[random.nextInt(SupportType.values().length)];
          all.add(organisations("theme+support", "theme=" + theme + "&supportType=" + support,
              new DirectoryQuery(null, List.of(), null, theme, support, null, null, null), OrganisationOrder.NAME));
        }
      }
    }
    java.util.Collections.shuffle(all, random);
    return all;
  }

  static Search organisations(String kind, String queryString, DirectoryQuery q, OrganisationOrder order) {
    // As the server: one statement reads the page with its summaries (over the kept search rows
    // where PostgresSearchStatements.readsKeptRows, else the portable page); facets from the kept rows.
    return new Search(kind, "organisations", queryString, false, (c, today, facets) -> {
      List<String> ids = ids(c, PostgresSearchStatements.organisationLookup(q, today, order, null, 21));
      if (facets) {
        ids(c, PostgresSearchStatements.organisationFacets(q, today));
      }
      return ids;
    }, (c, today, facets) -> {
      List<String> ids = portablePage(c, q, today, order);
      if (facets) {
        ids(c, SearchStatements.organisationFacets(q, today));
      }
      return ids;
    });
  }

  /** The portable page statement and the four queries that load the page's summaries (DirectoryIndex.summaries). */
  static List<String> portablePage(Connection c, DirectoryQuery q, LocalDate today, OrganisationOrder order) throws Exception {
    List<String> ids = ids(c, SearchStatements.organisationPage(q, today, order, null, 21));
    load(c, "SELECT profile_id, theme_code FROM dir_profile_theme WHERE profile_id = ANY (?)", ids);
    load(c, "SELECT profile_id, place_code FROM dir_profile_place WHERE profile_id = ANY (?)", ids);
    load(c, "SELECT n.owner_organisation_id, n.support_type, n.search_text FROM dir_need n WHERE n.owner_organisation_id = ANY (?)"
        + " AND n.status = 'OPEN' AND n.expires_on >= current_date", ids);
    load(c, "SELECT id, name, identifier, legal_form, description, website, verification_status, base_postcode,"
        + " exact_location_public, latitude, longitude, base_place_code FROM dir_profile WHERE id = ANY (?)", ids);
    return ids;
  }

  /** Need searches: text and a place (soonest expiry first), near a point (nearest first), a support type and a theme. */
  static List<Search> needSearches(List<Place> places, int count) {
    Random random = new Random(13);
    List<Search> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Place place = places.get(random.nextInt(places.size()));
      switch (i % 3) {
        case 0 -> {
          String text = WORDS[random.nextInt(WORDS.length)];
          all.add(needs("needs text+place", "q=" + enc(text) + "&placeCode=" + place.code(),
              new DirectoryQuery(text, terms(text), place.code(), null, null, null, null, null), NeedOrder.EXPIRY));
        }
        case 1 -> {
          Distance.Circle near = near(place, random, 5);
          all.add(needs("needs near+radius", at(near), new DirectoryQuery(null, List.of(), null, null, null, null, null, near),
              NeedOrder.DISTANCE));
        }
        default -> {
          String theme = THEMES[random.nextInt(THEMES.length)];
          SupportType support = SupportType.values()[random.nextInt(SupportType.values().length)];
          all.add(needs("needs theme+support", "theme=" + theme + "&supportType=" + support,
              new DirectoryQuery(null, List.of(), null, theme, support, null, null, null), NeedOrder.EXPIRY));
        }
      }
    }
    java.util.Collections.shuffle(all, random);
    return all;
  }

  /**
   * The server's page statement (over the needs' kept rows, joined back to the needs it shows and
   * their organisations' names) and the facets; beside them the portable statements.
   */
  static Search needs(String kind, String queryString, DirectoryQuery q, NeedOrder order) {
    return new Search(kind, "needs", queryString, false, (c, today, facets) -> {
      List<String> ids = ids(c, PostgresSearchStatements.needPage(q, today, order, null, 21));
      if (facets) {
        ids(c, PostgresSearchStatements.needFacets(q, today));
      }
      return ids;
    }, (c, today, facets) -> {
      List<String> ids = ids(c, SearchStatements.needPage(q, today, order, null, 21));
      if (facets) {
        ids(c, SearchStatements.needFacets(q, today));
      }
      return ids;
    });
  }

  /** Offer searches: a word, near a point, a support type in a place. */
  static List<Search> offerSearches(List<Place> places, int count) {
    Random random = new Random(17);
    List<Search> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Place place = places.get(random.nextInt(places.size()));
      SupportType support = SupportType.values()[random.nextInt(SupportType.values().length)];
      switch (i % 3) {
        case 0 -> {
          String word = WORDS[random.nextInt(WORDS.length)];
          all.add(offers("offers text", "q=" + enc(word), new OfferRepository.Query(List.of(word), null, null, null), null,
              NeedOrder.EXPIRY));
        }
        case 1 -> {
          Distance.Circle near = near(place, random, 10);
          all.add(offers("offers near+radius", at(near), new OfferRepository.Query(List.of(), null, null, null), near,
              NeedOrder.DISTANCE));
        }
        default -> all.add(offers("offers place+support", "placeCode=" + place.code() + "&supportType=" + support,
            new OfferRepository.Query(List.of(), support, place.code(), null), null, NeedOrder.EXPIRY));
      }
    }
    java.util.Collections.shuffle(all, random);
    return all;
  }

  static Search offers(String kind, String queryString, OfferRepository.Query q, Distance.Circle near, NeedOrder order) {
    return new Search(kind, "offers", queryString, false, (c, today, facets) -> {
      // The page statement reads every column the page shows, as the server does.
      return ids(c, SearchStatements.offerPage(q, near, today, order, null, 21));
    }, null);
  }

  /**
   * Matching within 10 km for a measure. Its SQL: the measure's themes and support types (read on
   * the first call only: the server keeps them), the server's candidate statement (of the nearest
   * organisations with open needs, at most 2,000, those whose score may make the shortlist), and
   * their open needs and profiles (DirectoryIndex.withOpenNeeds).
   */
  static List<Search> matchings(List<Place> places, int count) {
    Random random = new Random(19);
    List<Search> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Distance.Circle near = near(places.get(random.nextInt(places.size())), random, 10);
      String measure = MEASURES[random.nextInt(MEASURES.length)];
      all.add(new Search("match radius+measure", "matches", at(near) + "&measureCode=" + measure + "&limit=10", false,
          new JdbcSide() {
            volatile List<String> themes;
            volatile List<String> supportTypes;

            @Override
            public List<String> run(Connection c, LocalDate today, boolean facets) throws Exception {
              if (themes == null) {
                List<String> t = new ArrayList<>();
                List<String> st = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT pointer_kind, pointer_code FROM dir_measure_match WHERE measure_code = ?")) {
                  s.setString(1, measure);
                  try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                      (r.getString(1).equals("THEME") ? t : st).add(r.getString(2));
                    }
                  }
                }
                supportTypes = st;
                themes = t;
              }
              List<String> ids = ids(c, SearchStatements.matchCandidates(near, today, 2_000, themes, supportTypes, null, 10,
                  1.0 + 0.05 / near.radiusKm()));
              load(c, "SELECT t.profile_id, t.theme_code FROM dir_profile_theme t WHERE t.profile_id = ANY (?)", ids);
              load(c, "SELECT pp.profile_id, pp.place_code FROM dir_profile_place pp WHERE pp.profile_id = ANY (?)", ids);
              load(c, "SELECT n.*, p.name FROM dir_need n JOIN dir_profile p ON p.id = n.owner_organisation_id"
                  + " WHERE n.owner_organisation_id = ANY (?) AND n.status = 'OPEN' AND n.expires_on >= current_date"
                  + " ORDER BY n.created_at, n.id", ids);
              load(c, "SELECT id, name, identifier, legal_form, description, website, verification_status, base_postcode,"
                  + " exact_location_public, latitude, longitude, base_place_code FROM dir_profile WHERE id = ANY (?)", ids);
              return ids;
            }
          }, (c, today, facets) -> {
            // Before V33: every one of the nearest 2,000 organisations with open needs, and all they show.
            Distance.Box box = near.box();
            String km = "(2 * " + Distance.EARTH_RADIUS_KM + " * ASIN(LEAST(1.0, SQRT(POWER(SIN(RADIANS(p.latitude - " + near.lat()
                + ") / 2), 2) + COS(RADIANS(" + near.lat() + ")) * COS(RADIANS(p.latitude)) * POWER(SIN(RADIANS(p.longitude - "
                + near.lon() + ") / 2), 2)))))";
            List<String> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT p.id FROM dir_profile p WHERE EXISTS"
                + " (SELECT 1 FROM dir_need n WHERE n.owner_organisation_id = p.id AND n.status = 'OPEN' AND n.expires_on >= current_date)"
                + " AND p.latitude BETWEEN " + box.minLat() + " AND " + box.maxLat() + " AND p.longitude BETWEEN " + box.minLon()
                + " AND " + box.maxLon() + " AND " + km + " <= " + near.radiusKm() + " ORDER BY " + km + ", p.id LIMIT 2000")) {
              while (r.next()) {
                ids.add(r.getString(1));
              }
            }
            load(c, "SELECT n.* FROM dir_need n WHERE n.owner_organisation_id = ANY (?) AND n.status = 'OPEN' AND n.expires_on >= current_date", ids);
            load(c, "SELECT p.* FROM dir_profile p WHERE p.id = ANY (?)", ids);
            load(c, "SELECT t.* FROM dir_profile_theme t WHERE t.profile_id = ANY (?)", ids);
            load(c, "SELECT pp.* FROM dir_profile_place pp WHERE pp.profile_id = ANY (?)", ids);
            return ids.subList(0, Math.min(10, ids.size()));
          }));
    }
    return all;
  }

  static String text(Random random) {
    return WORDS[random.nextInt(WORDS.length)] + (random.nextInt(3) == 0 ? " " + WORDS[random.nextInt(WORDS.length)] : "");
  }

  static Distance.Circle near(Place place, Random random, double radiusKm) {
    return new Distance.Circle(round(place.lat() + (random.nextDouble() - 0.5) * 0.1),
        round(place.lon() + (random.nextDouble() - 0.5) * 0.1), radiusKm);
  }

  static String at(Distance.Circle near) {
    return "lat=" + near.lat() + "&lon=" + near.lon() + "&radiusKm=" + (int) near.radiusKm();
  }

  /** Runs a statement; returns its first column. */
  static List<String> ids(Connection c, Sql sql) throws Exception {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement statement = sql.prepare(c); ResultSet r = statement.executeQuery()) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  /** Reads every column of every row a statement over a set of ids returns. */
  static void load(Connection c, String sql, List<String> ids) throws Exception {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(1, c.createArrayOf("varchar", ids.toArray()));
      try (ResultSet r = statement.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          for (int i = 1; i <= columns; i++) {
            r.getObject(i);
          }
        }
      }
    }
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
        if (!s.comparable()) {
          continue;
        }
        List<String> ids = s.jdbc().run(c, today(), false);
        String body = http.send(request(base, s), HttpResponse.BodyHandlers.ofString()).body();
        int at = 0;
        for (String id : ids.subList(0, Math.min(20, ids.size()))) {
          at = body.indexOf("\"id\":\"" + id + "\"", at);
          if (at < 0) {
            throw new IllegalStateException("The API's page differs from the SQL's for " + s.path() + "?" + s.queryString() + ": " + body);
          }
        }
        checked++;
      }
      System.out.printf("checked: the API returns the SQL's pages, in order, for %d searches (organisations, needs, offers)%n", checked);
    }
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  static HttpRequest request(String base, Search s) {
    String facets = s.path().equals("organisations") || s.path().equals("needs") ? (s.facets() ? "" : "&facets=false") : "";
    String limit = s.path().equals("matches") ? "" : "limit=20&";
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/directory/" + s.path() + "?" + limit + s.queryString() + facets))
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

  /**
   * The same request through the JDK's blocking HttpURLConnection (keep-alive, a connection per
   * thread from its cache), which costs the shared cores less per request than java.net.http's
   * asynchronous client: on this machine about 0.15 ms less latency per request.
   */
  record BlockingHttpRunner(String base) implements Runner {
    @Override
    public void run(Search s) throws Exception {
      HttpURLConnection c = (HttpURLConnection) request(base, s).uri().toURL().openConnection();
      c.setRequestProperty("Accept", "application/json");
      c.setConnectTimeout(10_000);
      c.setReadTimeout(30_000);
      int status = c.getResponseCode();
      try (InputStream body = status == 200 ? c.getInputStream() : c.getErrorStream()) {
        byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
        if (status != 200) {
          throw new IllegalStateException(status + " for " + s.queryString() + ": " + new String(bytes, StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** The server's statements for a search (a row more than the page, as the server reads); one connection per thread. */
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
      s.jdbc().run(connection.get(), today(), s.facets());
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
    System.out.printf("%-14s %-6s %8.2f %8.2f %8.2f %8.2f   %s%n", kind, path, percentile(ms, 50), percentile(ms, 90), percentile(ms, 99),
        Arrays.stream(ms).average().orElse(0), ratio);
  }
}
