package uk.svkit.api.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.input.JsonErrors;
import uk.svkit.api.platform.input.UnreadableBodyException;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.platform.request.RequestContext;

/** Builds problem responses, for JAX-RS mappers and for servlet-level writers alike. */
public final class Problems {
  private static final Jsonb JSONB = DateTimes.JSONB;

  private Problems() {}

  public static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors) {
    return new Problem(type, detail, RequestContext.currentRequestId(), errors);
  }

  public static Response response(ProblemType type, String detail) {
    return response(type, detail, List.of(), Map.of());
  }

  public static Response response(
      ProblemType type,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    Response.ResponseBuilder builder =
        Response.status(type.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem(type, detail, errors));
    headers.forEach(builder::header);
    return builder.build();
  }

  /**
   * A body that could not be read: bytes that are not UTF-8 or carry NUL, JSON nested too deep,
   * JSON that is not JSON, or a value JSON-B refused for a property (named, as the client wrote
   * it).
   */
  static Response unreadableBody(Throwable failure) {
    UnreadableBodyException unreadable = Causes.find(failure, UnreadableBodyException.class);
    if (unreadable != null) {
      return response(ProblemType.MALFORMED_REQUEST, unreadable.getMessage());
    }
    String field = JsonErrors.field(failure);
    if (field != null) {
      return response(
          ProblemType.VALIDATION_FAILED,
          "The request has invalid fields.",
          List.of(new Problem.FieldError(field, JsonErrors.message(failure))),
          Map.of());
    }
    return response(
        ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON for this operation.");
  }

  public static String toJson(Problem problem) {
    return JSONB.toJson(problem);
  }
}
