package uk.svkit.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real HTTP receiver for webhook tests (JDK's com.sun.net.httpserver on a free port): it records
 * every request and answers 204, or 503 for the first {@link #failFirst} requests.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** One request as it arrived. */
  public record Received(Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(h -> h.getKey().equalsIgnoreCase(name))
          .map(h -> h.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile long delayMillis;

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
          int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** Answers 503 to the next {@code n} requests. */
  public WebhookReceiver failFirst(int n) {
    failuresLeft.set(n);
    return this;
  }

  /** Answers every request only after {@code delay}: a slow receiver. */
  public WebhookReceiver answerAfter(Duration delay) {
    delayMillis = delay.toMillis();
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  public List<Received> received() {
    return new ArrayList<>(received);
  }

  public List<Received> matching(Predicate<Received> test) {
    return received().stream().filter(test).toList();
  }

  /**
   * Waits (polling) until {@code count} requests match; returns them, or fails after the timeout.
   */
  public List<Received> await(Predicate<Received> test, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Received> matched = matching(test);
      if (matched.size() >= count) {
        return matched;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "expected "
            + count
            + " matching webhook requests within "
            + timeout
            + ", got "
            + matching(test).size()
            + " of "
            + received.size());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
