package uk.svkit.sdk.implementation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A received response, already read into memory. */
public final class HttpResult {

  private final String method;
  private final java.net.URI uri;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String body;
  private final String sentRequestId;

  public HttpResult(
      String method,
      java.net.URI uri,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      String sentRequestId) {
    this.method = method;
    this.uri = uri;
    this.statusCode = statusCode;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (k, v) -> {
          if (k != null) {
            copy.put(k, List.copyOf(v));
          }
        });
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body == null ? "" : body;
    this.sentRequestId = sentRequestId;
  }

  public String method() {
    return method;
  }

  public java.net.URI uri() {
    return uri;
  }

  public int statusCode() {
    return statusCode;
  }

  /** Unmodifiable, case-insensitive. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  public String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The body as text; empty if there was none. */
  public String body() {
    return body;
  }

  /** The server's {@code X-Request-Id} echo, else the id the SDK sent. */
  public String requestId() {
    String echoed = header("X-Request-Id");
    return echoed != null ? echoed : sentRequestId;
  }

  public String sentRequestId() {
    return sentRequestId;
  }
}
