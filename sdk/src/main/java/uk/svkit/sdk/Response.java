package uk.svkit.sdk;

import java.util.List;
import java.util.Map;

/**
 * The full HTTP outcome of a successful call: status, headers, ETag, request id and the
 * deserialised value.
 *
 * @param <T> the value type
 */
public final class Response<T> {

  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String requestId;
  private final T value;

  Response(int statusCode, Map<String, List<String>> headers, String requestId, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.requestId = requestId;
    this.value = value;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status, such as 200, 201 or 304
   */
  public int getStatusCode() {
    return statusCode;
  }

  /**
   * Returns all response headers.
   *
   * @return an unmodifiable map with case-insensitive keys
   */
  public Map<String, List<String>> getHeaders() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, matched case-insensitively
   * @return the value, or {@code null} if absent
   */
  public String getHeader(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns the {@code ETag} header.
   *
   * @return the ETag including quotes, such as {@code "3"}, or {@code null}
   */
  public String getETag() {
    return getHeader("ETag");
  }

  /**
   * Returns the request id ({@code X-Request-Id}) of the call.
   *
   * @return the request id
   */
  public String getRequestId() {
    return requestId;
  }

  /**
   * Returns the deserialised body.
   *
   * @return the value, or {@code null} when the response had no body (such as 304)
   */
  public T getValue() {
    return value;
  }

  @Override
  public String toString() {
    return "Response{statusCode="
        + statusCode
        + ", requestId="
        + requestId
        + ", value="
        + value
        + '}';
  }
}
