package uk.svkit.api.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * The JAX-RS runtime's own rejections (unknown path, wrong method, media type, unreadable body)
 * as problem details, keeping headers the client needs such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status >= 500) {
      return ThrowableMapper.internalError(exception);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 400 -> Causes.isMalformedJson(exception)
              ? "The request body is not valid JSON for this operation."
              : "The request could not be understood.";
          case 404 -> "There is no resource at this path.";
          case 405 -> "The method is not allowed on this resource.";
          case 406 -> "The API produces application/json; adjust the Accept header.";
          case 415 -> "Send the request body as application/json.";
          default -> type.title() + ".";
        };
    if (status == 400 && Causes.isMalformedJson(exception)) {
      type = ProblemType.MALFORMED_REQUEST;
    }
    Map<String, String> headers =
        original != null && original.getHeaderString(HttpHeaders.ALLOW) != null
            ? Map.of(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW))
            : Map.of();
    Response response = Problems.response(type, detail, List.of(), headers);
    ((Problem) response.getEntity()).status = status;
    return Response.fromResponse(response).status(status).build();
  }
}
