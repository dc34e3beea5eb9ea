package uk.svkit.api.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a JWKS served by a JDK HttpServer whose keys the test rotates. */
class JwksKeyIdsTest {
  private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");

  private HttpServer server;
  private final AtomicReference<String> document = new AtomicReference<>(jwks("k1"));
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
  private JwksKeyIds keyIds;

  private static String jwks(String... kids) {
    StringBuilder keys = new StringBuilder();
    for (String kid : kids) {
      keys.append(keys.isEmpty() ? "" : ",")
          .append("{\"kid\":\"")
          .append(kid)
          .append("\",\"kty\":\"RSA\",\"use\":\"sig\",\"n\":\"AQAB\",\"e\":\"AQAB\"}");
    }
    return "{\"keys\":[" + keys + "]}";
  }

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/certs",
        exchange -> {
          fetches.incrementAndGet();
          byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    keyIds =
        new JwksKeyIds(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs"),
            Duration.ofMinutes(5),
            Duration.ofSeconds(5),
            clock);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aWithdrawnKeyIsRefusedOnceATokenOfTheNewKeyArrives() {
    assertTrue(keyIds.isPublished("k1"));
    document.set(jwks("k2"));
    now.set(T0.plusSeconds(10));
    assertTrue(keyIds.isPublished("k2"), "an unknown key id makes it fetch the set again");
    assertFalse(keyIds.isPublished("k1"));
    assertEquals(2, fetches.get());
  }

  @Test
  void aWithdrawnKeyIsRefusedAfterTheRefreshIntervalEvenWithoutNewKeys() {
    assertTrue(keyIds.isPublished("k1"));
    document.set(jwks());
    now.set(T0.plus(Duration.ofMinutes(4)));
    assertTrue(keyIds.isPublished("k1"), "cached within the refresh interval");
    now.set(T0.plus(Duration.ofMinutes(5)));
    assertFalse(keyIds.isPublished("k1"));
  }

  @Test
  void madeUpKeyIdsFetchAtMostOncePerInterval() {
    assertTrue(keyIds.isPublished("k1"));
    for (int i = 0; i < 20; i++) {
      assertFalse(keyIds.isPublished("forged-" + i));
    }
    assertEquals(1, fetches.get(), "none within 5 s of the last fetch");
    now.set(T0.plusSeconds(6));
    for (int i = 0; i < 20; i++) {
      assertFalse(keyIds.isPublished("forged-again-" + i));
    }
    assertEquals(2, fetches.get(), "one for the first unknown id after the interval");
  }

  @Test
  void anUnreachableEndpointKeepsTheLastSet() {
    assertTrue(keyIds.isPublished("k1"));
    status.set(503);
    now.set(T0.plus(Duration.ofMinutes(10)));
    assertTrue(keyIds.isPublished("k1"));
    assertFalse(keyIds.isPublished("k9"));
  }

  @Test
  void beforeAnySetWasFetchedNothingIsRefused() {
    status.set(500);
    assertTrue(keyIds.isPublished("k1"));
    assertTrue(keyIds.isPublished(null), "a token without kid is left to the runtime");
  }

  @Test
  void theKeyIdComesFromTheTokenHeader() {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of("k1"), JwksKeyIds.keyIdOf(header + ".payload.signature"));
    assertEquals(Optional.empty(), JwksKeyIds.keyIdOf("not a token"));
    assertEquals(Optional.empty(), JwksKeyIds.keyIdOf("e30.payload.signature"));
  }
}
