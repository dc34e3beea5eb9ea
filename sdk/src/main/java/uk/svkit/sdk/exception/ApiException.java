package uk.svkit.sdk.exception;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The server answered with an error status. Carries the HTTP status, the RFC 9457 problem fields
 * ({@code type}, {@code title}, {@code detail}), any field-level {@code errors}, the request id to
 * quote to support, and the raw response body.
 *
 * <p>Catch a subtype for a specific outcome ({@link NotFoundException}, {@link
 * PreconditionFailedException}, ...); statuses without a subtype (such as 405) surface as this
 * class.
 */
public class ApiException extends SvkitException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String type;
  private final String title;
  private final String detail;
  private final List<FieldError> errors;
  private final String requestId;
  private final String rawBody;

  /**
   * Creates an API error.
   *
   * @param statusCode the HTTP status
   * @param type the problem type, such as {@code /problems/not-found}; may be {@code null}
   * @param title the problem title or HTTP reason phrase; may be {@code null}
   * @param detail the problem detail; may be {@code null}
   * @param errors field errors; {@code null} means none
   * @param requestId the request id; may be {@code null}
   * @param rawBody the response body as received; may be {@code null}
   */
  public ApiException(
      int statusCode,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      String requestId,
      String rawBody) {
    super(describe(statusCode, type, title, detail, errors, requestId));
    this.statusCode = statusCode;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.requestId = requestId;
    this.rawBody = rawBody;
  }

  private static String describe(
      int statusCode,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      String requestId) {
    StringBuilder sb = new StringBuilder("HTTP ").append(statusCode);
    if (title != null) {
      sb.append(' ').append(title);
    }
    if (detail != null) {
      sb.append(": ").append(detail);
    }
    if (errors != null && !errors.isEmpty()) {
      sb.append(
          errors.stream().map(FieldError::toString).collect(Collectors.joining("; ", " (", ")")));
    }
    sb.append(" [");
    if (type != null) {
      sb.append("type=").append(type).append(", ");
    }
    return sb.append("requestId=").append(requestId).append(']').toString();
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status, such as 404
   */
  public int getStatusCode() {
    return statusCode;
  }

  /**
   * Returns the problem type, a stable identifier suited to programmatic checks.
   *
   * @return the type, such as {@code /problems/not-found}, or {@code null} if the body was not a
   *     problem document
   */
  public String getType() {
    return type;
  }

  /**
   * Returns the short human-readable summary.
   *
   * @return the problem title, else the HTTP reason phrase; may be {@code null}
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the explanation specific to this occurrence.
   *
   * @return the problem detail, or {@code null}
   */
  public String getDetail() {
    return detail;
  }

  /**
   * Returns the field-level errors of a validation problem.
   *
   * @return an unmodifiable list, empty when the server sent none
   */
  public List<FieldError> getErrors() {
    return errors;
  }

  /**
   * Returns the request id (the response's {@code X-Request-Id}, else the problem's {@code
   * instance}, else the id the SDK sent). Quote it when contacting support.
   *
   * @return the request id, or {@code null}
   */
  public String getRequestId() {
    return requestId;
  }

  /**
   * Returns the response body exactly as received, useful when it was not a problem document.
   *
   * @return the body, or {@code null}
   */
  public String getRawBody() {
    return rawBody;
  }
}
