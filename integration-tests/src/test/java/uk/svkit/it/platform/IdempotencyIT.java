package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/** Idempotency-Key on creating POSTs. */
class IdempotencyIT extends SvkitServer {
  private static final long TTL_SECONDS = Long.getLong("svkit.it.idempotency.ttl-seconds", 4);
  private final String admin = Tokens.admin();

  private static String organisation(String name, String identifier) {
    return "{\"name\": \""
        + name
        + "\", \"roles\": [\"SUPPLIER\"], \"identifier\": \""
        + identifier
        + "\"}";
  }

  private Http.Reply create(String key, String body) {
    return http()
        .post("/api/v1/organisations", body)
        .token(admin)
        .header("Idempotency-Key", key)
        .send();
  }

  @Test
  void replayReturnsTheFirstResponseAndCreatesNothingNew() {
    String key = UUID.randomUUID().toString();
    String body = organisation(unique("Idempotent"), uniqueCompanyIdentifier());

    Http.Reply first = create(key, body);
    Http.Reply replay = create(key, body);

    assertEquals(201, first.status(), first.body());
    assertEquals(201, replay.status(), replay.body());
    assertEquals("true", replay.header("Idempotent-Replayed"));
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals(first.json().getString("id"), replay.json().getString("id"));
    assertEquals(first.header("Location"), replay.header("Location"));
    assertEquals(first.header("ETag"), replay.header("ETag"));
  }

  @Test
  void sameKeyWithADifferentBodyIsRejected() {
    String key = UUID.randomUUID().toString();
    assertEquals(
        201, create(key, organisation(unique("Original"), uniqueCompanyIdentifier())).status());

    Http.Reply reused = create(key, organisation(unique("Different"), uniqueCompanyIdentifier()));

    assertEquals(422, reused.status());
    assertEquals("/problems/idempotency-key-reused", reused.json().getString("type"));
  }

  @Test
  void failedRequestLeavesTheKeyFreeForACorrectedRetry() {
    String key = UUID.randomUUID().toString();
    String identifier = uniqueCompanyIdentifier();
    Http.Reply invalid = create(key, organisation("", identifier));
    assertEquals(400, invalid.status());

    Http.Reply corrected = create(key, organisation(unique("Corrected"), identifier));

    assertEquals(201, corrected.status(), corrected.body());
  }

  @Test
  void concurrentRequestsWithOneKeyCreateOneOrganisation() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = organisation(unique("Concurrent idempotent"), uniqueCompanyIdentifier());
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Http.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      replies.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return create(key, body);
              }));
    }
    start.countDown();
    List<Http.Reply> all = replies.stream().map(CompletableFuture::join).toList();

    List<String> createdIds =
        all.stream()
            .filter(r -> r.status() == 201)
            .map(r -> r.json().getString("id"))
            .distinct()
            .toList();
    assertEquals(1, createdIds.size(), all.toString());
    assertTrue(all.stream().allMatch(r -> r.status() == 201 || r.status() == 409), all.toString());
  }

  @Test
  void keysExpireAfterTheConfiguredTime() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = organisation(unique("Expiring"), uniqueCompanyIdentifier());
    assertEquals(201, create(key, body).status());

    Thread.sleep((TTL_SECONDS + 1) * 1000);
    Http.Reply afterExpiry = create(key, body);

    // No replay any more: the request runs again and meets the organisation it created before.
    assertEquals(409, afterExpiry.status(), afterExpiry.body());
    assertNull(afterExpiry.header("Idempotent-Replayed"));
  }

  @Test
  void malformedKeyIsAValidationProblem() {
    Http.Reply reply =
        create("x".repeat(300), organisation(unique("Long key"), uniqueCompanyIdentifier()));

    assertEquals(400, reply.status());
    assertEquals(
        "Idempotency-Key", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }
}
