package uk.svkit.sdk.exception;

import java.util.List;

/** 413: the request body is larger than the server accepts. */
public class PayloadTooLargeException extends ApiException {

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
  public PayloadTooLargeException(
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
