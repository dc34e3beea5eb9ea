package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery client against a real receiver on loopback. */
class WebhookClientTest {
  private HttpServer receiver;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          received.add(
              exchange.getRequestHeaders().getFirst("webhook-id")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes()));
          if (exchange.getRequestURI().getPath().equals("/moved")) {
            exchange.getResponseHeaders().add("Location", "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
          } else {
            byte[] body = "thanks".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private static WebhookClient client(boolean allowPrivateAddresses) {
    ReceiverGuard guard = new ReceiverGuard();
    guard.allowHttp = true;
    guard.allowPrivateAddresses = allowPrivateAddresses;
    WebhookClient client = new WebhookClient();
    client.guard = guard;
    client.connectTimeout = Duration.ofSeconds(3);
    client.requestTimeout = Duration.ofSeconds(10);
    client.maxInFlight = 8;
    return client;
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + receiver.getAddress().getPort() + path);
  }

  private static ResponseExcerpt.Answer post(WebhookClient client, URI url) throws Exception {
    CompletableFuture<ResponseExcerpt.Answer> answer = new CompletableFuture<>();
    client.post(
        url,
        Map.of("webhook-id", "msg_1"),
        "{\"n\":1}".getBytes(),
        (a, failure) -> {
          if (failure != null) {
            answer.completeExceptionally(failure);
          } else {
            answer.complete(a);
          }
        });
    try {
      return answer.get(15, TimeUnit.SECONDS);
    } finally {
      client.stop();
    }
  }

  @Test
  void postsTheBodyWithItsHeadersAndReadsTheAnswer() throws Exception {
    ResponseExcerpt.Answer answer = post(client(true), url("/hook"));
    assertEquals(200, answer.statusCode());
    assertEquals("thanks", answer.excerpt());
    assertEquals(List.of("msg_1 {\"n\":1}"), received);
  }

  @Test
  void aRedirectIsAnAnswerNotFollowed() throws Exception {
    ResponseExcerpt.Answer answer = post(client(true), url("/moved"));
    assertEquals(302, answer.statusCode());
    assertNull(answer.excerpt());
    assertEquals(1, received.size(), "only the first URL was asked");
  }

  @Test
  void aHostResolvingToAPrivateAddressIsNotConnectedTo() {
    // The URL's form is fine (http is allowed here); its host resolves to loopback, which the
    // deployment does not allow: the client's own resolver refuses it as it connects, so a name
    // that passed an earlier check and changed since (DNS rebinding) cannot get through.
    ExecutionException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> post(client(false), url("/hook")));
    assertInstanceOf(ReceiverGuard.PrivateAddressException.class, refused.getCause());
    assertEquals(List.of(), received);
  }
}
