package uk.svkit.api.platform.problem;

/**
 * The catalogue of problem types the API answers with. The {@code type} URI is relative and stable:
 * clients may switch on it (the SDK does).
 */
public enum ProblemType {
  VALIDATION_FAILED("validation-failed", "Validation failed", 400),
  MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
  INVALID_CURSOR("invalid-cursor", "Invalid cursor", 400),
  UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
  FORBIDDEN("forbidden", "Forbidden", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  CONFLICT("conflict", "Conflict", 409),
  IDEMPOTENT_REQUEST_IN_PROGRESS(
      "idempotent-request-in-progress", "Request with this Idempotency-Key in progress", 409),
  PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
  PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
  URI_TOO_LONG("uri-too-long", "URI too long", 414),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
  BUSINESS_RULE_VIOLATED("business-rule-violated", "Business rule violated", 422),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused", 422),
  PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
  TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
  INTERNAL_ERROR("internal-error", "Internal server error", 500),
  SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503);

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return "/problems/" + slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /** The generic type for a status code that no specific problem explains. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != IDEMPOTENCY_KEY_REUSED) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
  }
}
