package uk.svkit.it.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.LoadBalancedPair;
import uk.svkit.it.support.Tokens;

/**
 * Two packaged instances on one PostgreSQL behind nginx, set up by the documented script: they
 * start together and seed the demo data once; links point at the load balancer; idempotent replays,
 * If-Match conflicts and cursors work the same whichever instance serves each request; and killing
 * one instance mid-load loses no acknowledged write while the other keeps serving. PostgreSQL run
 * only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedInstancesIT {
  private static LoadBalancedPair pair;
  private final String admin = Tokens.admin();

  @BeforeAll
  static void startBothAtOnce() throws Exception {
    Assumptions.assumeTrue(
        "PostgreSQL".equals(System.getProperty("svkit.it.database")),
        "the instances share a PostgreSQL database");
    pair = LoadBalancedPair.start(Map.of("SVKIT_DEMO", "true"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (pair != null) {
      pair.close();
    }
  }

  @Test
  @Order(1)
  void instancesStartedTogetherOnAnEmptyDatabaseSeedTheDemoDataOnce() throws Exception {
    String first = pair.log(1);
    String second = pair.log(2);
    assertFalse(first.contains("Database migration failed"), "instance 1 started cleanly");
    assertFalse(second.contains("Database migration failed"), "instance 2 started cleanly");
    assertTrue(
        (first.contains("Demo data: 15 organisations added")
                && second.contains("Demo data: 0 organisations added"))
            || (second.contains("Demo data: 15 organisations added")
                && first.contains("Demo data: 0 organisations added")),
        "one instance seeded, the other found the seed in place");
    try (Connection c =
            DriverManager.getConnection(
                LoadBalancedPair.jdbcUrl(pair.database()), "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM org_organisation")) {
      assertTrue(rs.next());
      assertEquals(15, rs.getInt(1));
    }
    for (int n = 1; n <= 2; n++) {
      assertEquals(200, LoadBalancedPair.status(pair.instanceUri(n).resolve("/health/ready")));
    }
  }

  @Test
  @Order(2)
  void locationHeadersAndNextLinksUseTheLoadBalancersAddress() {
    String prefix = "Public links " + UUID.randomUUID();
    Http lb = Http.at(pair.publicUri());
    for (int i = 0; i < 3; i++) {
      Http.Reply created =
          lb.post("/api/v1/organisations", organisation(prefix + " " + i)).token(admin).send();
      assertEquals(201, created.status(), created.body());
      assertTrue(
          created.header("Location").startsWith(pair.publicUri() + "/api/v1/organisations/"),
          created.header("Location"));
    }
    Http.Reply page =
        lb.get("/api/v1/organisations?q=" + prefix.replace(" ", "%20") + "&limit=2")
            .token(admin)
            .send();
    assertEquals(200, page.status(), page.body());
    assertTrue(
        page.json().getString("next").startsWith(pair.publicUri() + "/api/v1/organisations?"),
        page.json().getString("next"));
  }

  @Test
  @Order(3)
  void replaysConflictsAndCursorsBehaveTheSameOnEitherInstance() {
    Http one = Http.at(pair.instanceUri(1));
    Http two = Http.at(pair.instanceUri(2));

    // An idempotent create sent to one instance and retried on the other is replayed.
    String key = UUID.randomUUID().toString();
    String body = organisation("Replayed " + UUID.randomUUID());
    Http.Reply first =
        one.post("/api/v1/organisations", body).token(admin).header("Idempotency-Key", key).send();
    Http.Reply replay =
        two.post("/api/v1/organisations", body).token(admin).header("Idempotency-Key", key).send();
    assertEquals(201, first.status(), first.body());
    assertEquals(201, replay.status(), replay.body());
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals("true", replay.header("Idempotent-Replayed"));
    assertEquals(first.json().getString("id"), replay.json().getString("id"));

    // A change made through one instance makes the ETag read from the other stale.
    String path = "/api/v1/organisations/" + first.json().getString("id");
    String etag = one.get(path).token(admin).send().header("ETag");
    Http.Reply renamed =
        two.put(path, "{\"name\": \"Renamed " + UUID.randomUUID() + "\"}")
            .token(admin)
            .header("If-Match", etag)
            .send();
    assertEquals(200, renamed.status(), renamed.body());
    Http.Reply stale =
        one.put(path, "{\"name\": \"Lost update\"}").token(admin).header("If-Match", etag).send();
    assertEquals(412, stale.status(), stale.body());
    assertEquals(renamed.header("ETag"), one.get(path).token(admin).send().header("ETag"));

    // A cursor from one instance continues the same listing on the other.
    String prefix = "Cursor " + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      assertEquals(
          201,
          one.post("/api/v1/organisations", organisation(prefix + " " + i))
              .token(admin)
              .send()
              .status());
    }
    List<String> names = new ArrayList<>();
    Http.Reply page =
        one.get("/api/v1/organisations?q=" + prefix.replace(" ", "%20") + "&limit=2")
            .token(admin)
            .send();
    boolean onOne = true;
    while (true) {
      assertEquals(200, page.status(), page.body());
      for (JsonValue item : page.json().getJsonArray("items")) {
        names.add(((JsonObject) item).getString("name"));
      }
      if (!page.json().containsKey("next") || page.json().isNull("next")) {
        break;
      }
      URI next = URI.create(page.json().getString("next"));
      onOne = !onOne;
      page =
          (onOne ? one : two).get(next.getRawPath() + "?" + next.getRawQuery()).token(admin).send();
    }
    assertEquals(5, names.size(), names.toString());
    assertEquals(5, new HashSet<>(names).size(), "no item twice: " + names);
  }

  @Test
  @Order(4)
  void killingOneInstanceMidLoadLosesNoAcknowledgedWriteAndTheOtherKeepsServing() throws Exception {
    Http lb = Http.at(pair.publicUri());
    String prefix = "Under load " + UUID.randomUUID();
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger afterKill = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger sequence = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    for (int w = 0; w < 4; w++) {
      writers.submit(
          () -> {
            while (!stop.get()) {
              try {
                Http.Reply reply =
                    lb.post(
                            "/api/v1/organisations",
                            organisation(prefix + " " + sequence.incrementAndGet()))
                        .token(admin)
                        .send();
                if (reply.status() == 201) {
                  acknowledged.add(reply.json().getString("id"));
                  if (killed.get()) {
                    afterKill.incrementAndGet();
                  }
                } else {
                  failed.incrementAndGet(); // 502 for a request the killed instance had
                }
              } catch (RuntimeException lost) {
                failed.incrementAndGet();
              }
            }
          });
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (acknowledged.size() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    pair.kill(1);
    killed.set(true);
    while (afterKill.get() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    stop.set(true);
    writers.shutdown();
    assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));

    assertTrue(
        afterKill.get() >= 20,
        "the other instance kept serving: "
            + afterKill.get()
            + " created after the kill, "
            + failed.get()
            + " requests failed");
    Set<String> missing = new HashSet<>();
    for (String id : acknowledged) {
      if (lb.get("/api/v1/organisations/" + id).token(admin).send().status() != 200) {
        missing.add(id);
      }
    }
    assertTrue(
        missing.isEmpty(),
        missing.size() + " of " + acknowledged.size() + " acknowledged writes lost: " + missing);
  }

  /** Counts up from a random start: a random draw per organisation collided (409) now and then. */
  private static final java.util.concurrent.atomic.AtomicLong IDENTIFIERS =
      new java.util.concurrent.atomic.AtomicLong(
          java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));

  private static String organisation(String name) {
    long n = Math.floorMod(IDENTIFIERS.getAndIncrement(), 1_000_000L);
    return "{\"name\": \""
        + name
        + "\", \"roles\": [\"SUPPLIER\"], \"identifier\": \""
        + String.format("GB-COH-97%06d", n)
        + "\"}";
  }
}
