package uk.svkit.sdk.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.RequestOptions;
import uk.svkit.sdk.RetryPolicy;
import uk.svkit.sdk.exception.ServerException;

/** Pipeline rules not reachable through today's public operations (non-creating POST). */
class HttpPipelineTest {

  private HttpServer server;
  private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
  private HttpPipeline pipeline;
  private int sleeps;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          idempotencyKeys.add(String.valueOf(ex.getRequestHeaders().getFirst("Idempotency-Key")));
          ex.getRequestBody().readAllBytes();
          ex.sendResponseHeaders(503, -1);
          ex.close();
        });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    pipeline =
        new HttpPipeline(
            ClientBuilder.newClient(),
            true,
            Urls.apiBase(endpoint),
            TokenCache.ofStatic("t"),
            RetryPolicy.defaultPolicy(),
            d -> sleeps++,
            Clock.systemUTC(),
            UserAgent.build(null),
            new JsonMapper());
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pipeline.close();
  }

  @Test
  void postWithoutIdempotencyKeyIsNeverRetried() {
    URI uri = Urls.builder(pipeline.apiBase(), "tenders", "t-1", "submit").build();

    assertThrows(ServerException.class, () -> pipeline.send(HttpRequest.post(uri, "{}", false)));

    assertEquals(List.of("null"), idempotencyKeys, "one attempt, no key");
    assertEquals(0, sleeps);
  }

  @Test
  void postWithCallerKeyIsRetried() {
    URI uri = Urls.builder(pipeline.apiBase(), "tenders", "t-1", "submit").build();

    assertThrows(
        ServerException.class,
        () ->
            pipeline.send(
                HttpRequest.post(uri, "{}", false)
                    .options(RequestOptions.builder().idempotencyKey("k-1").build())));

    assertEquals(List.of("k-1", "k-1", "k-1"), idempotencyKeys);
    assertEquals(2, sleeps);
  }

  @Test
  void userAgentWithoutApplicationId() {
    String ua = UserAgent.build(null);
    assertTrue(ua.startsWith("svkit-sdk-java/"), ua);
    assertTrue(ua.endsWith(")"), "no trailing application id: " + ua);
  }
}
