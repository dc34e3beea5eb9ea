package uk.svkit.sdk.implementation;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.svkit.sdk.RetryPolicy;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.SvkitException;

/**
 * Sends one logical call: adds the standard headers, authenticates, retries transient failures, and
 * maps errors to exceptions. Shared by all area clients; thread-safe.
 */
public final class HttpPipeline implements AutoCloseable {

  private static final Logger LOG = System.getLogger("uk.svkit.sdk");

  /** Methods that are safe to repeat without an idempotency key (RFC 9110 idempotent methods). */
  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);
  private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
  private static final String ACCEPT = "application/json, application/problem+json";

  private final Client client;
  private final boolean ownsClient;
  private final URI apiBase;
  private final TokenCache tokens;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final String userAgent;
  private final JsonMapper json;
  private final AtomicBoolean closed = new AtomicBoolean();

  public HttpPipeline(
      Client client,
      boolean ownsClient,
      URI apiBase,
      TokenCache tokens,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      Clock clock,
      String userAgent,
      JsonMapper json) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.apiBase = apiBase;
    this.tokens = tokens;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.userAgent = userAgent;
    this.json = json;
  }

  /** The API base URI, {@code <endpoint>/api/v1}. */
  public URI apiBase() {
    return apiBase;
  }

  public JsonMapper json() {
    return json;
  }

  /**
   * Sends the request, retrying as the policy allows.
   *
   * @return a 2xx or 304 result
   * @throws ApiException for any other status
   * @throws ConnectionException if no response arrived
   */
  public HttpResult send(HttpRequest request) {
    if (closed.get()) {
      throw new IllegalStateException("The SvkitClient has been closed");
    }
    Map<String, String> extraHeaders = new LinkedHashMap<>(request.options().getHeaders());
    String requestId = removeIgnoreCase(extraHeaders, "X-Request-Id");
    if (requestId == null) {
      requestId = UUID.randomUUID().toString();
    }
    // One key for all attempts: that is what lets the server recognise a retry as a replay.
    String idempotencyKey = request.options().getIdempotencyKey();
    if (idempotencyKey == null && request.creating()) {
      idempotencyKey = UUID.randomUUID().toString();
    }
    boolean retryable = IDEMPOTENT_METHODS.contains(request.method()) || idempotencyKey != null;
    int maxRetries = retryable ? retryPolicy.getMaxRetries() : 0;

    for (int attempt = 1; ; attempt++) {
      boolean mayRetry = attempt <= maxRetries;
      HttpResult result;
      try {
        result = attempt(request, requestId, idempotencyKey, extraHeaders);
      } catch (TransportFailure failure) {
        if (mayRetry) {
          Duration delay =
              RetryDelays.backoff(retryPolicy, attempt, ThreadLocalRandom.current().nextDouble());
          LOG.log(
              Level.INFO,
              "{0} {1} failed ({2}); retry {3} of {4} in {5} ms" + " [requestId={6}]",
              request.method(),
              request.uri().getRawPath(),
              failure.getMessage(),
              attempt,
              maxRetries,
              delay.toMillis(),
              requestId);
          sleep(delay, requestId);
          continue;
        }
        throw new ConnectionException(
            request.method()
                + " "
                + request.uri()
                + " failed"
                + (attempt > 1 ? " after " + attempt + " attempts" : "")
                + ": "
                + failure.getMessage(),
            failure.getCause(),
            requestId);
      }
      int status = result.statusCode();
      LOG.log(
          Level.DEBUG,
          "{0} {1} -> {2} [requestId={3}, attempt={4}]",
          request.method(),
          request.uri().getRawPath(),
          status,
          requestId,
          attempt);
      if (RETRYABLE_STATUSES.contains(status) && mayRetry) {
        Duration retryAfter = RetryDelays.parseRetryAfter(result.header("Retry-After"), clock);
        if (retryAfter == null || retryAfter.compareTo(retryPolicy.getMaxRetryAfter()) <= 0) {
          Duration delay =
              retryAfter != null
                  ? retryAfter
                  : RetryDelays.backoff(
                      retryPolicy, attempt, ThreadLocalRandom.current().nextDouble());
          LOG.log(
              Level.INFO,
              "{0} {1} answered {2}; retry {3} of {4} in {5} ms" + " [requestId={6}]",
              request.method(),
              request.uri().getRawPath(),
              status,
              attempt,
              maxRetries,
              delay.toMillis(),
              requestId);
          sleep(delay, requestId);
          continue;
        }
        // The server wants a longer pause than we may block for: let the caller decide.
      }
      if (status >= 300 && status != 304) {
        throw ErrorMapper.toException(result, json, clock);
      }
      return result;
    }
  }

  /**
   * Resolves a {@code next} link. Followed as-is when it points at the configured endpoint's
   * origin; otherwise (a server behind a proxy that builds links from its internal address) only
   * its query is kept and applied to the page just fetched, so the bearer token is never sent to an
   * origin the caller did not configure.
   */
  public URI resolveNextLink(URI current, String next) {
    URI resolved = current.resolve(URI.create(next.trim()));
    if (Urls.sameOrigin(resolved, apiBase)) {
      return resolved;
    }
    LOG.log(Level.DEBUG, "next link {0} is not on {1}; re-targeting it", resolved, apiBase);
    return Urls.withRawQuery(current, resolved.getRawQuery() == null ? "" : resolved.getRawQuery());
  }

  private HttpResult attempt(
      HttpRequest request,
      String requestId,
      String idempotencyKey,
      Map<String, String> extraHeaders)
      throws TransportFailure {
    Invocation.Builder b = client.target(request.uri()).request();
    extraHeaders.forEach(b::header);
    if (tokens.hasCredential()) {
      b.header("Authorization", "Bearer " + tokens.getToken());
    }
    b.header(
        "Accept",
        request.accept() == null ? ACCEPT : request.accept() + ", application/problem+json");
    b.header("User-Agent", userAgent);
    b.header("X-Request-Id", requestId);
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    if (request.effectiveIfMatch() != null) {
      b.header("If-Match", request.effectiveIfMatch());
    }
    if (request.options().getIfNoneMatch() != null) {
      b.header("If-None-Match", ETags.normalise(request.options().getIfNoneMatch()));
    }
    Entity<String> entity =
        request.jsonBody() == null
            ? null
            : Entity.entity(
                request.jsonBody(),
                request.bodyType() == null
                    ? JSON_UTF8
                    : MediaType.valueOf(request.bodyType()).withCharset("UTF-8"));
    Duration timeout = request.options().getTimeout();
    try {
      Response response =
          timeout == null
              ? invoke(b, request.method(), entity)
              : invokeWithTimeout(b, request.method(), entity, timeout);
      try {
        byte[] bytes = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        return new HttpResult(
            request.method(),
            request.uri(),
            response.getStatus(),
            copy(response.getStringHeaders()),
            new String(bytes, charset(response)),
            requestId);
      } finally {
        response.close();
      }
    } catch (ProcessingException e) {
      if (hasIoCause(e)) {
        throw new TransportFailure(describe(e), e);
      }
      throw new SvkitException(
          request.method()
              + " "
              + request.uri()
              + " failed: "
              + e.getMessage()
              + " [requestId="
              + requestId
              + "]",
          e);
    }
  }

  private static Response invoke(Invocation.Builder b, String method, Entity<String> entity) {
    return entity == null ? b.method(method) : b.method(method, entity);
  }

  /**
   * JAX-RS has no portable per-request read timeout, so a per-call timeout runs the call through
   * the async invoker and bounds the wait on its future.
   */
  private static Response invokeWithTimeout(
      Invocation.Builder b, String method, Entity<String> entity, Duration timeout)
      throws TransportFailure {
    Future<Response> future =
        entity == null ? b.async().method(method) : b.async().method(method, entity);
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new TransportFailure("no response within " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SvkitException("Interrupted while waiting for the response", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ProcessingException) {
        throw (ProcessingException) cause;
      }
      if (cause instanceof IOException) {
        throw new TransportFailure(cause.toString(), cause);
      }
      throw new SvkitException("Request failed: " + cause, cause);
    }
  }

  private void sleep(Duration delay, String requestId) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SvkitException(
          "Interrupted while waiting to retry [requestId=" + requestId + "]", e);
    }
  }

  private static boolean hasIoCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private static Charset charset(Response response) {
    MediaType type = response.getMediaType();
    String cs = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static Map<String, List<String>> copy(MultivaluedMap<String, String> headers) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    headers.forEach((k, v) -> m.put(k, v == null ? List.of() : v));
    return m;
  }

  private static String removeIgnoreCase(Map<String, String> map, String name) {
    for (String key : List.copyOf(map.keySet())) {
      if (key.equalsIgnoreCase(name)) {
        return map.remove(key);
      }
    }
    return null;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (ownsClient) {
        client.close();
      }
      json.close();
    }
  }

  /** An attempt that produced no response: candidates for retry. */
  private static final class TransportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    TransportFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
