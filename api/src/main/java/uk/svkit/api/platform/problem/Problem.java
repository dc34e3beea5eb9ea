package uk.svkit.api.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with {@code errors} listing field-level validation failures. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";

  @Schema(example = "/problems/validation-failed")
  public String type;

  public String title;
  public int status;
  public String detail;

  @Schema(description = "The request id (also sent as X-Request-Id)")
  public String instance;

  @Schema(description = "Per-field errors; present for validation failures only")
  public List<FieldError> errors;

  public Problem() {}

  public Problem(ProblemType type, String detail, String instance, List<FieldError> errors) {
    this.type = type.uri();
    this.title = type.title();
    this.status = type.status();
    this.detail = detail;
    this.instance = instance;
    this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  /** One invalid input: the JSON path or parameter name, and what is wrong with it. */
  @Schema(name = "FieldError")
  public static class FieldError {
    public String field;
    public String message;

    public FieldError() {}

    public FieldError(String field, String message) {
      this.field = field;
      this.message = message;
    }
  }
}
