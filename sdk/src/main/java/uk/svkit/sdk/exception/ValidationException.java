package uk.svkit.sdk.exception;

import java.util.List;

/**
 * The request was rejected as invalid: 400, or 422 with problem type {@code
 * /problems/validation-failed}. {@link #getErrors()} lists the offending fields. Fix the input;
 * retrying unchanged will fail again.
 */
public class ValidationException extends ApiException {

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
  public ValidationException(
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
