package uk.svkit.api.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * An expected failure that the API reports as problem details. Domain and application code throw it
 * (through the named factories) instead of building responses.
 */
public class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final transient List<Problem.FieldError> errors;
  private final transient Map<String, String> headers;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of(), Map.of());
  }

  public ProblemException(
      ProblemType type,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " was not found.");
  }

  public static ProblemException businessRule(String detail) {
    return new ProblemException(ProblemType.BUSINESS_RULE_VIOLATED, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION_FAILED,
        "The request has invalid fields.",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
