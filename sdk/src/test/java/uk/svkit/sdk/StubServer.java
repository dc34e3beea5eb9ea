package uk.svkit.sdk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A JDK HttpServer on an ephemeral loopback port that records requests and answers from a script
 * (queued replies first, then a fallback handler).
 */
final class StubServer implements AutoCloseable {

  /** A request as the server saw it. */
  static final class Recorded {
    final String method;
    final URI uri;
    final Headers headers;
    final String body;

    Recorded(String method, URI uri, Headers headers, String body) {
      this.method = method;
      this.uri = uri;
      this.headers = headers;
      this.body = body;
    }

    String header(String name) {
      return headers.getFirst(name);
    }

    String path() {
      return uri.getRawPath();
    }

    String query() {
      return uri.getRawQuery();
    }
  }

  /** A scripted answer. */
  static final class Reply {
    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final String body;
    Duration delay = Duration.ZERO;
    boolean echoRequestId = true;

    private Reply(int status, String body) {
      this.status = status;
      this.body = body;
    }

    static Reply json(int status, String body) {
      return new Reply(status, body).header("Content-Type", "application/json");
    }

    static Reply empty(int status) {
      return new Reply(status, null);
    }

    static Reply problem(int status, String type, String title, String detail) {
      String json =
          "{\"type\":\""
              + type
              + "\",\"title\":\""
              + title
              + "\",\"status\":"
              + status
              + ",\"detail\":\""
              + detail
              + "\",\"instance\":\"req-from-body\"}";
      return new Reply(status, json).header("Content-Type", "application/problem+json");
    }

    static Reply raw(int status, String contentType, String body) {
      return new Reply(status, body).header("Content-Type", contentType);
    }

    Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Answers without echoing X-Request-Id, as a misbehaving proxy might. */
    Reply noEcho() {
      this.echoRequestId = false;
      return this;
    }

    Reply delayed(Duration d) {
      this.delay = d;
      return this;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "stub-server");
            t.setDaemon(true);
            return t;
          });
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedDeque<Reply> queue = new ConcurrentLinkedDeque<>();
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile Function<Recorded, Reply> fallback =
      r -> Reply.problem(500, "/problems/unscripted", "Unscripted", r.method + " " + r.uri);

  StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Base URL to give the SDK as endpoint, e.g. http://127.0.0.1:54321. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  StubServer enqueue(Reply... replies) {
    queue.addAll(List.of(replies));
    return this;
  }

  StubServer fallback(Function<Recorded, Reply> handler) {
    this.fallback = handler;
    return this;
  }

  List<Recorded> requests() {
    return new ArrayList<>(requests);
  }

  Recorded lastRequest() {
    return requests.get(requests.size() - 1);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Recorded rec =
          new Recorded(ex.getRequestMethod(), ex.getRequestURI(), ex.getRequestHeaders(), body);
      requests.add(rec);
      Reply reply = queue.poll();
      if (reply == null) {
        reply = fallback.apply(rec);
      }
      if (!reply.delay.isZero()) {
        // Wait without blocking close(): stop() releases the latch.
        stopping.await(reply.delay.toMillis(), TimeUnit.MILLISECONDS);
      }
      Headers out = ex.getResponseHeaders();
      reply.headers.forEach(out::add);
      String requestId = rec.header("X-Request-Id");
      if (reply.echoRequestId && requestId != null && !out.containsKey("X-Request-Id")) {
        out.add("X-Request-Id", requestId);
      }
      if (reply.body == null) {
        ex.sendResponseHeaders(reply.status, -1);
      } else {
        byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(reply.status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // Client went away (timeout tests): nothing to answer.
    }
  }

  @Override
  public void close() {
    stopping.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
