package uk.svkit.sdk.exception;

import java.util.List;

/**
 * 428: an update was sent without the {@code If-Match} ETag the server requires. Unlike a 412 this
 * is a bug in the calling code, not a race with another writer, so re-reading and retrying will not
 * help: pass the ETag of the version you read. A subtype of {@link PreconditionFailedException}, so
 * existing handlers still catch it.
 *
 * @since 0.1.0
 */
public class PreconditionRequiredException extends PreconditionFailedException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ApiException#ApiException(int, String, String, String, List,
   * String, String)} for the parameters.
   *
   * @param statusCode the HTTP status
   * @param type the problem type; may be {@code null}
   * @param title the problem title; may be {@code null}
   * @param detail the problem detail; may be {@code null}
   * @param errors field errors; may be {@code null}
   * @param requestId the request id; may be {@code null}
   * @param rawBody the raw response body; may be {@code null}
   */
  public PreconditionRequiredException(
      int statusCode,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      String requestId,
      String rawBody) {
    super(statusCode, type, title, detail, errors, requestId, rawBody);
  }
}
