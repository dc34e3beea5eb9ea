package uk.svkit.api.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * The JAX-RS runtime's own rejections (unknown path, wrong method, media type, unreadable body) as
 * problem details, keeping headers the client needs such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    // A parameter converter's refusal, or a body reader's, arrives wrapped in the runtime's
    // exception.
    ProblemException problem = Causes.find(exception, ProblemException.class);
    if (problem != null) {
      return new ProblemExceptionMapper().toResponse(problem);
    }
    if (Causes.isTooLarge(exception)) {
      return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.");
    }
    Response original = exception.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (Causes.isUnreadableBody(exception)
        || (status == 400 && Causes.isMalformedJson(exception))) {
      return Problems.unreadableBody(exception);
    }
    if (status == 404 && exception.getCause() != null) {
      // JAX-RS answers a query or path parameter it could not convert with a 404 carrying the
      // conversion failure; a path that matches nothing has no cause.
      return Problems.response(
          ProblemType.MALFORMED_REQUEST,
          "A query or path parameter has a value that cannot be read.");
    }
    if (status >= 500) {
      return ThrowableMapper.internalError(exception);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 400 -> "The request could not be understood.";
          case 404 -> "There is no resource at this path.";
          case 405 -> "The method is not allowed on this resource.";
          case 406 -> "The API produces application/json; adjust the Accept header.";
          case 415 -> "Send the request body as application/json.";
          default -> type.title() + ".";
        };
    Map<String, String> headers =
        original != null && original.getHeaderString(HttpHeaders.ALLOW) != null
            ? Map.of(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW))
            : Map.of();
    Response response = Problems.response(type, detail, List.of(), headers);
    ((Problem) response.getEntity()).status = status;
    return Response.fromResponse(response).status(status).build();
  }
}
