package uk.svkit.api.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
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
      ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
    Response.ResponseBuilder builder =
        Response.status(type.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem(type, detail, errors));
    headers.forEach(builder::header);
    return builder.build();
  }

  public static String toJson(Problem problem) {
    return JSONB.toJson(problem);
  }
}
