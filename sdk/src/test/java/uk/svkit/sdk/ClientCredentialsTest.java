package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.SvkitException;

/** The client-credentials grant against a token endpoint stub (a JDK HttpServer). */
class ClientCredentialsTest {

  private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");

  private StubServer idp;
  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
  private final AtomicInteger issued = new AtomicInteger();
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @BeforeEach
  void start() throws Exception {
    idp = new StubServer();
  }

  @AfterEach
  void stop() {
    idp.close();
  }

  private Reply token(long expiresIn) {
    return Reply.json(
        200,
        "{\"access_token\":\"jwt-"
            + issued.incrementAndGet()
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + expiresIn
            + "}");
  }

  private ClientCredentials.Builder credential() {
    return ClientCredentials.builder()
        .tokenEndpoint(URI.create(idp.endpoint() + "/realms/svkit/protocol/openid-connect/token"))
        .clientId("supplier system")
        .clientSecret("s3cret:&=")
        .clock(clock);
  }

  @Test
  void postsTheGrantWithBasicClientAuthentication() {
    idp.enqueue(token(300));
    AccessToken token =
        credential().scope("api://svkit/.default").audience("svkit").build().getToken();

    assertEquals("jwt-1", token.getToken());
    assertEquals(T0.plusSeconds(300), token.getExpiresAt());
    StubServer.Recorded request = idp.lastRequest();
    assertEquals("POST", request.method);
    assertEquals("/realms/svkit/protocol/openid-connect/token", request.path());
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals(
        "grant_type=client_credentials&scope=api%3A%2F%2Fsvkit%2F.default&audience=svkit",
        request.body);
    String basic = request.header("Authorization");
    assertTrue(basic.startsWith("Basic "), basic);
    // RFC 6749 2.3.1: id and secret are form-encoded before Base64.
    assertEquals(
        "supplier+system:s3cret%3A%26%3D",
        new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8));
  }

  @Test
  void cachedUntilAMinuteBeforeExpiryThenRenewed() {
    idp.fallback(r -> token(300));
    ClientCredentials credential = credential().build();

    assertEquals("jwt-1", credential.getToken().getToken());
    now.set(T0.plusSeconds(239));
    assertEquals("jwt-1", credential.getToken().getToken());
    assertEquals(1, idp.requests().size(), "reused while more than a minute is left");

    now.set(T0.plusSeconds(240));
    assertEquals("jwt-2", credential.getToken().getToken());
    assertEquals(T0.plusSeconds(540), credential.getToken().getExpiresAt());
    assertEquals(2, idp.requests().size());
  }

  @Test
  void shortLivedTokensAreRenewedAtHalfTheirLifetime() {
    idp.fallback(r -> token(40));
    ClientCredentials credential = credential().build();
    credential.getToken();
    now.set(T0.plusSeconds(19));
    assertEquals("jwt-1", credential.getToken().getToken());
    now.set(T0.plusSeconds(20));
    assertEquals("jwt-2", credential.getToken().getToken());
  }

  @Test
  void concurrentCallersShareOneTokenRequest() throws Exception {
    idp.fallback(r -> token(300).delayed(Duration.ofMillis(300)));
    ClientCredentials credential = credential().build();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> credential.getToken().getToken());
      }
      for (Future<String> each : threads.invokeAll(calls)) {
        assertEquals("jwt-1", each.get());
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(1, idp.requests().size());
  }

  @Test
  void aRefusalNamesTheOauthErrorButNeverTheSecret() {
    idp.enqueue(
        Reply.json(
            401,
            "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid"
                + " client credentials\"}"));
    SvkitException e = assertThrows(SvkitException.class, () -> credential().build().getToken());
    assertTrue(e.getMessage().contains("401 unauthorized_client: Invalid client"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"));
    assertFalse(credential().build().toString().contains("s3cret"));
  }

  @Test
  void anAnswerWithoutTokenOrLifetimeIsRefused() {
    idp.enqueue(Reply.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":300}"));
    idp.enqueue(Reply.json(200, "{\"access_token\":\"jwt\"}"));
    assertThrows(SvkitException.class, () -> credential().build().getToken());
    SvkitException e = assertThrows(SvkitException.class, () -> credential().build().getToken());
    assertTrue(e.getMessage().contains("expires_in"), e.getMessage());
  }

  @Test
  void aClientSendsTheGrantedTokenToSvkit() throws Exception {
    idp.fallback(
        r -> r.path().endsWith("/token") ? token(300) : Reply.json(200, "{\"code\":\"E1\"}"));
    try (SvkitClient client =
        new SvkitClientBuilder()
            .endpoint(idp.endpoint())
            .credential(credential().build())
            .clock(clock)
            .build()) {
      client.places().getPlace("E1");
      client.places().getPlace("E1");
    }
    List<StubServer.Recorded> requests = idp.requests();
    assertEquals(3, requests.size(), "one token request, two API calls");
    assertEquals("Bearer jwt-1", requests.get(2).header("Authorization"));
  }
}
