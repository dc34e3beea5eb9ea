package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.svkit.sdk.TestSupport.organisationJson;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.TestSupport.RecordingSleeper;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.RateLimitException;
import uk.svkit.sdk.exception.ServerException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.CreateOrganisationOptions;

class RetryTest {

  private StubServer stub;
  private RecordingSleeper sleeper;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    sleeper = new RecordingSleeper();
    client = TestSupport.clientFor(stub, sleeper);
  }

  @AfterEach
  void stop() {
    stub.close(); // first, so handlers still delaying a reply are released
    client.close();
  }

  private static CreateOrganisationOptions newOrg() {
    return CreateOrganisationOptions.builder().name("Acme").build();
  }

  private List<String> sent(String header) {
    return stub.requests().stream().map(r -> r.header(header)).collect(Collectors.toList());
  }

  @Test
  void retries503ThenSucceedsWithExponentialJitteredBackoff() {
    stub.enqueue(
        Reply.problem(503, "/problems/unavailable", "Unavailable", "restarting"),
        Reply.json(200, organisationJson("o-1", "X")));

    assertEquals("o-1", client.organisations().getOrganisation("o-1").getId());

    assertEquals(2, stub.requests().size());
    assertEquals(1, sleeper.sleeps.size());
    long ms = sleeper.sleeps.get(0).toMillis();
    assertTrue(ms >= 375 && ms <= 500, "first back-off is 500 ms minus up to 25% jitter: " + ms);
  }

  @Test
  void sameRequestIdOnEveryAttempt() {
    stub.enqueue(Reply.empty(502), Reply.empty(504), Reply.json(200, organisationJson("o-1", "X")));

    Response<uk.svkit.sdk.models.Organisation> r =
        client.organisations().getOrganisationWithResponse("o-1", null);

    List<String> ids = sent("X-Request-Id");
    assertEquals(3, ids.size());
    assertNotNull(ids.get(0));
    assertEquals(1, ids.stream().distinct().count(), "one request id per logical call: " + ids);
    assertEquals(ids.get(0), r.getRequestId());
    long second = sleeper.sleeps.get(1).toMillis();
    assertTrue(second >= 750 && second <= 1000, "second back-off doubles: " + second);
  }

  @Test
  void honoursRetryAfterSecondsOn429() {
    stub.enqueue(
        Reply.problem(429, "/problems/rate-limited", "Too many", "slow down")
            .header("Retry-After", "7"),
        Reply.json(200, organisationJson("o-1", "X")));

    client.organisations().getOrganisation("o-1");

    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps);
  }

  @Test
  void honoursRetryAfterHttpDate() {
    Instant now = Instant.parse("2025-06-01T12:00:00Z");
    client.close();
    client = TestSupport.builderFor(stub, sleeper).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(now.plusSeconds(12), ZoneOffset.UTC));
    stub.enqueue(
        Reply.empty(503).header("Retry-After", date),
        Reply.json(200, organisationJson("o-1", "X")));

    client.organisations().getOrganisation("o-1");

    assertEquals(List.of(Duration.ofSeconds(12)), sleeper.sleeps);
  }

  @Test
  void rateLimitExhaustedThrowsWithRetryAfter() {
    stub.fallback(
        r ->
            Reply.problem(429, "/problems/rate-limited", "Too many", "slow down")
                .header("Retry-After", "2"));

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> client.organisations().getOrganisation("o-1"));

    assertEquals(3, stub.requests().size(), "1 attempt + 2 retries by default");
    assertEquals(Duration.ofSeconds(2), e.retryAfter());
    assertEquals(429, e.getStatusCode());
  }

  @Test
  void retryAfterBeyondPolicyLimitIsNotWaitedFor() {
    stub.enqueue(Reply.empty(429).header("Retry-After", "3600"));

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> client.organisations().getOrganisation("o-1"));

    assertEquals(1, stub.requests().size());
    assertTrue(sleeper.sleeps.isEmpty());
    assertEquals(Duration.ofHours(1), e.retryAfter());
  }

  @Test
  void serverErrorsExhaustRetriesThenThrow() {
    stub.fallback(r -> Reply.empty(503));

    ServerException e =
        assertThrows(ServerException.class, () -> client.organisations().getOrganisation("o-1"));

    assertEquals(503, e.getStatusCode());
    assertEquals(3, stub.requests().size());
    assertEquals(2, sleeper.sleeps.size());
  }

  @Test
  void maxRetriesIsConfigurable() {
    client.close();
    client = TestSupport.builderFor(stub, sleeper).maxRetries(4).build();
    stub.fallback(r -> Reply.empty(502));

    assertThrows(ServerException.class, () -> client.organisations().getOrganisation("o-1"));

    assertEquals(5, stub.requests().size());
    assertTrue(sleeper.sleeps.stream().allMatch(d -> d.toMillis() <= 5000), "capped at 5 s");
  }

  @Test
  void status500And400AreNotRetried() {
    stub.enqueue(Reply.empty(500), Reply.problem(400, "/problems/validation-failed", "Bad", "bad"));

    assertThrows(ServerException.class, () -> client.organisations().getOrganisation("o-1"));
    assertThrows(ValidationException.class, () -> client.organisations().getOrganisation("o-1"));

    assertEquals(2, stub.requests().size());
    assertTrue(sleeper.sleeps.isEmpty());
  }

  @Test
  void createIsRetriedWithTheSameAutomaticIdempotencyKey() {
    stub.enqueue(
        Reply.empty(503), Reply.empty(503), Reply.json(201, organisationJson("o-new", "Acme")));

    client.organisations().createOrganisation(newOrg());

    List<String> keys = sent("Idempotency-Key");
    assertEquals(3, keys.size());
    assertNotNull(keys.get(0));
    assertEquals(1, keys.stream().distinct().count(), "same key on every attempt: " + keys);
    assertEquals(1, sent("X-Request-Id").stream().distinct().count());
  }

  @Test
  void eachCreateCallGetsItsOwnAutomaticKey() {
    stub.fallback(r -> Reply.json(201, organisationJson("o-new", "Acme")));

    client.organisations().createOrganisation(newOrg());
    client.organisations().createOrganisation(newOrg());

    List<String> keys = sent("Idempotency-Key");
    assertEquals(2, keys.stream().distinct().count(), keys.toString());
  }

  @Test
  void callerSuppliedIdempotencyKeyIsUsedOnEveryAttempt() {
    stub.enqueue(Reply.empty(504), Reply.json(201, organisationJson("o-new", "Acme")));

    client
        .organisations()
        .createOrganisation(
            newOrg(), RequestOptions.builder().idempotencyKey("order-2025-0042").build());

    assertEquals(List.of("order-2025-0042", "order-2025-0042"), sent("Idempotency-Key"));
  }

  @Test
  void connectionRefusedBecomesConnectionExceptionAfterRetries() throws IOException {
    int freePort;
    try (ServerSocket s = new ServerSocket(0)) {
      freePort = s.getLocalPort();
    }
    try (SvkitClient refused =
        new SvkitClientBuilder()
            .endpoint("http://127.0.0.1:" + freePort)
            .credential(TestSupport.TOKEN)
            .sleeper(sleeper)
            .build()) {

      ConnectionException e =
          assertThrows(
              ConnectionException.class, () -> refused.organisations().getOrganisation("o-1"));

      assertEquals(2, sleeper.sleeps.size(), "retried twice before giving up");
      assertNotNull(e.getRequestId());
      assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    }
  }

  @Test
  void readTimeoutBecomesConnectionException() {
    client.close();
    client =
        TestSupport.builderFor(stub, sleeper)
            .responseTimeout(Duration.ofMillis(300))
            .maxRetries(1)
            .build();
    stub.fallback(
        r -> Reply.json(200, organisationJson("o-1", "X")).delayed(Duration.ofSeconds(5)));

    ConnectionException e =
        assertThrows(
            ConnectionException.class, () -> client.organisations().getOrganisation("o-1"));

    assertEquals(2, stub.requests().size(), "a timed-out GET is retried");
    assertTrue(hasCause(e, SocketTimeoutException.class), e.toString());
  }

  @Test
  void perRequestTimeoutBecomesConnectionException() {
    stub.fallback(
        r -> Reply.json(200, organisationJson("o-1", "X")).delayed(Duration.ofSeconds(5)));

    long start = System.nanoTime();
    ConnectionException e =
        assertThrows(
            ConnectionException.class,
            () ->
                client
                    .organisations()
                    .getOrganisationWithResponse(
                        "o-1", RequestOptions.builder().timeout(Duration.ofMillis(200)).build()));

    assertTrue(e.getMessage().contains("no response within 200 ms"), e.getMessage());
    assertEquals(3, stub.requests().size());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000);
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void connectionExceptionIsAnSvkitException() {
    assertInstanceOf(
        uk.svkit.sdk.exception.SvkitException.class, new ConnectionException("x", null, "r"));
  }
}
