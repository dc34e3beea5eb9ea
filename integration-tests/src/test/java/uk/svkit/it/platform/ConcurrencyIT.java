package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/** ETag on reads, If-Match required on updates: no lost updates. */
class ConcurrencyIT extends SvkitServer {
  private final String admin = Tokens.admin();

  private String register() {
    String body =
        "{\"name\": \""
            + unique("Concurrency")
            + "\", \"roles\": [\"SUPPLIER\"], \"identifier\": \""
            + uniqueCompanyIdentifier()
            + "\"}";
    Http.Reply created = http().post("/api/v1/organisations", body).token(admin).send();
    assertEquals(201, created.status(), created.body());
    return created.json().getString("id");
  }

  private static String rename(String name) {
    return "{\"name\": \"" + name + "\"}";
  }

  @Test
  void readCarriesAnETagAndIfNoneMatchAnswersNotModified() {
    String id = register();
    Http.Reply read = http().get("/api/v1/organisations/" + id).token(admin).send();
    assertNotNull(read.header("ETag"));

    Http.Reply again =
        http()
            .get("/api/v1/organisations/" + id)
            .token(admin)
            .header("If-None-Match", read.header("ETag"))
            .send();

    assertEquals(304, again.status());
  }

  @Test
  void updateWithoutIfMatchIsPreconditionRequired() {
    String id = register();

    Http.Reply reply =
        http().put("/api/v1/organisations/" + id, rename("No If-Match")).token(admin).send();

    assertEquals(428, reply.status());
    assertEquals("/problems/precondition-required", reply.json().getString("type"));
  }

  @Test
  void updateWithAStaleETagIsPreconditionFailedAndChangesNothing() {
    String id = register();
    String etag = http().get("/api/v1/organisations/" + id).token(admin).send().header("ETag");
    assertEquals(
        200,
        http()
            .put("/api/v1/organisations/" + id, rename("First writer"))
            .token(admin)
            .header("If-Match", etag)
            .send()
            .status());

    Http.Reply stale =
        http()
            .put("/api/v1/organisations/" + id, rename("Second writer"))
            .token(admin)
            .header("If-Match", etag)
            .send();

    assertEquals(412, stale.status());
    assertEquals("/problems/precondition-failed", stale.json().getString("type"));
    assertEquals(
        "First writer",
        http().get("/api/v1/organisations/" + id).token(admin).send().json().getString("name"));
  }

  @Test
  void successfulUpdateReturnsTheNewETag() {
    String id = register();
    String etag = http().get("/api/v1/organisations/" + id).token(admin).send().header("ETag");

    Http.Reply updated =
        http()
            .put("/api/v1/organisations/" + id, rename("Renamed"))
            .token(admin)
            .header("If-Match", etag)
            .send();

    assertEquals(200, updated.status(), updated.body());
    assertNotEquals(etag, updated.header("ETag"));
    assertEquals(
        updated.header("ETag"),
        http().get("/api/v1/organisations/" + id).token(admin).send().header("ETag"));
  }

  @Test
  void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
    String id = register();
    String etag = http().get("/api/v1/organisations/" + id).token(admin).send().header("ETag");
    int writers = 6;
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String name = "Writer " + i;
      results.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return http()
                    .put("/api/v1/organisations/" + id, rename(name))
                    .token(admin)
                    .header("If-Match", etag)
                    .send()
                    .status();
              }));
    }
    start.countDown();
    List<Integer> statuses = results.stream().map(CompletableFuture::join).toList();

    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
  }
}
