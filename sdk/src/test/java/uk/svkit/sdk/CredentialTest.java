package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.SvkitException;

class CredentialTest {

  private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

  private StubServer stub;
  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
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
    stub = new StubServer();
    stub.fallback(r -> Reply.json(200, "{\"code\":\"E1\"}"));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private SvkitClient clientWith(TokenCredential credential) {
    return new SvkitClientBuilder()
        .endpoint(stub.endpoint())
        .credential(credential)
        .clock(clock)
        .build();
  }

  @Test
  void tokenIsCachedUntilThirtySecondsBeforeExpiryThenRefreshed() {
    AtomicInteger calls = new AtomicInteger();
    TokenCredential credential =
        () ->
            new AccessToken(
                "jwt-" + calls.incrementAndGet(), now.get().plus(Duration.ofMinutes(5)));
    try (SvkitClient client = clientWith(credential)) {
      client.places().getPlace("E1");
      now.set(T0.plus(Duration.ofMinutes(4)));
      client.places().getPlace("E1");
      assertEquals(1, calls.get(), "cached while more than 30 s remain");
      assertEquals("Bearer jwt-1", stub.lastRequest().header("Authorization"));

      now.set(T0.plus(Duration.ofMinutes(4)).plusSeconds(31));
      client.places().getPlace("E1");
      assertEquals(2, calls.get(), "refreshed within 30 s of expiry");
      assertEquals("Bearer jwt-2", stub.lastRequest().header("Authorization"));

      now.set(T0.plus(Duration.ofHours(2)));
      client.places().getPlace("E1");
      assertEquals(3, calls.get(), "never used past expiry");
      assertEquals("Bearer jwt-3", stub.lastRequest().header("Authorization"));
    }
  }

  @Test
  void expiredTokenFromCredentialIsRejectedWithoutSending() {
    try (SvkitClient client = clientWith(() -> new AccessToken("old", T0.minusSeconds(1)))) {
      SvkitException e = assertThrows(SvkitException.class, () -> client.places().getPlace("E1"));
      assertTrue(e.getMessage().contains("expired"), e.getMessage());
      assertTrue(stub.requests().isEmpty());
    }
  }

  @Test
  void credentialFailureIsWrappedAndNeverLeaksTokens() {
    try (SvkitClient client =
        clientWith(
            () -> {
              throw new IllegalStateException("identity provider down");
            })) {
      SvkitException e = assertThrows(SvkitException.class, () -> client.places().getPlace("E1"));
      assertTrue(e.getMessage().contains("identity provider down"), e.getMessage());
    }
  }

  @Test
  void accessTokenToStringHidesTheToken() {
    AccessToken token = new AccessToken("secret-jwt", T0);
    assertFalse(token.toString().contains("secret-jwt"));
    assertThrows(IllegalArgumentException.class, () -> new AccessToken(" ", T0));
  }
}
