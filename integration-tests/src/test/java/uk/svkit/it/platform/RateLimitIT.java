package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.PackagedServer;
import uk.svkit.it.support.Tokens;

/**
 * Per-client request budgets on the packaged server with small limits: an anonymous client that
 * spends its allowance gets 429 problems with Retry-After, while signed-in organisations keep their
 * own budgets; and 50 parallel anonymous broad searches leave authenticated calls answered and
 * readiness UP. Bounded: about 200 requests on loopback. Runs once (in the H2 run of the suite), on
 * the embedded default database.
 */
class RateLimitIT {
  private static final int ANONYMOUS_PER_MINUTE = 30;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void anonymousClientsAreLimitedAndSignedInCallsStillAnswered() throws Exception {
    Assumptions.assumeFalse(
        "PostgreSQL".equals(System.getProperty("svkit.it.database")),
        "limits do not depend on the database; one run proves them");
    var home = PackagedServer.newHome("ratelimit");
    try (PackagedServer server =
        new PackagedServer(
                home,
                Map.of(
                    "SVKIT_DEMO",
                    "true",
                    "SVKIT_DATA_DIR",
                    home.resolve("data").toAbsolutePath().toString(),
                    "SVKIT_RATELIMIT_ANONYMOUS_PER_MINUTE",
                    Integer.toString(ANONYMOUS_PER_MINUTE),
                    "SVKIT_RATELIMIT_AUTHENTICATED_PER_MINUTE",
                    "1000"))
            .start()) {
      String buyer = Tokens.of("GB-LAE-WRL", "buyer");

      // 1. The anonymous allowance, then a precise 429.
      int answered = 0;
      HttpResponse<String> refused = null;
      for (int i = 0; i < ANONYMOUS_PER_MINUTE + 10 && refused == null; i++) {
        HttpResponse<String> r = get("/api/v1/postcode-districts/CH41", null);
        if (r.statusCode() == 429) {
          refused = r;
        } else {
          assertEquals(200, r.statusCode(), r.body());
          answered++;
        }
      }
      assertTrue(refused != null, "no 429 after " + answered + " anonymous calls");
      // The bucket refills one call every 2 s while these run, so a slow machine may fit in a few
      // more.
      assertTrue(
          answered >= ANONYMOUS_PER_MINUTE && answered <= ANONYMOUS_PER_MINUTE + 5,
          answered + " anonymous calls answered");
      assertTrue(
          refused
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertTrue(
          refused.body().contains("\"type\":\"/problems/too-many-requests\""), refused.body());
      long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

      // 2. A signed-in organisation has its own budget.
      assertEquals(200, get("/api/v1/organisations/me", buyer).statusCode());
      assertEquals(200, get("/api/v1/postcode-districts/CH41", buyer).statusCode());

      // 3. 50 parallel anonymous broad searches: no 5xx, and meanwhile the buyer and readiness
      // answer.
      List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        flood.add(
            http.sendAsync(
                request("/api/v1/directory/organisations?facets=true&limit=200", null),
                HttpResponse.BodyHandlers.ofString()));
      }
      long started = System.nanoTime();
      assertEquals(200, get("/api/v1/organisations/me", buyer).statusCode());
      assertEquals(200, server.status("/health/ready"));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertTrue(
          millis < 10_000,
          "the signed-in call and readiness took " + millis + " ms under the flood");
      for (CompletableFuture<HttpResponse<String>> f : flood) {
        int status = f.get(60, TimeUnit.SECONDS).statusCode();
        assertTrue(status == 200 || status == 429, "a flooding search answered " + status);
      }
      assertFalse(
          flood.stream().allMatch(f -> f.join().statusCode() == 200),
          "the flood must have been limited");
    }
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(request(path, token), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(PackagedServer.uri(path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }
}
