package uk.svkit.sdk.exception;

/**
 * Root of every exception the SDK throws on purpose. Unchecked, so callers handle only what they
 * can act on.
 */
public class SvkitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public SvkitException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public SvkitException(String message, Throwable cause) {
    super(message, cause);
  }
}
