package uk.svkit.sdk.exception;

/**
 * A webhook request failed verification: a missing header, no signature made with the secret, or a
 * timestamp outside the tolerance. Answer it with 400 (or 401) and do not act on it.
 *
 * @since 0.1.0
 */
public class WebhookVerificationException extends SvkitException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message why verification failed
   */
  public WebhookVerificationException(String message) {
    super(message);
  }
}
