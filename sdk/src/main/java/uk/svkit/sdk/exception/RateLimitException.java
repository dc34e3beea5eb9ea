package uk.svkit.sdk.exception;

import java.time.Duration;
import java.util.List;

/**
 * 429: too many requests. Thrown once the client's retries are used up, or at once when the server
 * asks for a longer wait than the retry policy allows; {@link #retryAfter()} says how long the
 * server asked the caller to wait.
 */
public class RateLimitException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception; see {@link ApiException#ApiException(int, String, String, String, List,
   * String, String)} for the shared parameters.
   *
   * @param statusCode the HTTP status (429)
   * @param type the problem type; may be {@code null}
   * @param title the problem title; may be {@code null}
   * @param detail the problem detail; may be {@code null}
   * @param errors field errors; may be {@code null}
   * @param requestId the request id; may be {@code null}
   * @param rawBody the raw response body; may be {@code null}
   * @param retryAfter the wait the server asked for in {@code Retry-After}; may be {@code null}
   */
  public RateLimitException(
      int statusCode,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      String requestId,
      String rawBody,
      Duration retryAfter) {
    super(statusCode, type, title, detail, errors, requestId, rawBody);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked the caller to wait before trying again.
   *
   * @return the {@code Retry-After} delay, or {@code null} if the server sent none
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
