package uk.svkit.sdk.exception;

/**
 * No usable response arrived: the connection failed, was reset, or timed out, and the configured
 * retries (if the call was retryable) were used up. The request may or may not have reached the
 * server; a creating call that carried an {@code Idempotency-Key} can be repeated safely with the
 * same key.
 */
public class ConnectionException extends SvkitException {

  private static final long serialVersionUID = 1L;

  private final String requestId;

  /**
   * Creates a connection failure.
   *
   * @param message what failed, including method and URL
   * @param cause the I/O failure or timeout
   * @param requestId the {@code X-Request-Id} the SDK sent, for support requests
   */
  public ConnectionException(String message, Throwable cause, String requestId) {
    super(message, cause);
    this.requestId = requestId;
  }

  /**
   * Returns the {@code X-Request-Id} sent with every attempt of the failed call.
   *
   * @return the request id, or {@code null} if none was sent
   */
  public String getRequestId() {
    return requestId;
  }
}
