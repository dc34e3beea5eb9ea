package uk.svkit.api.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Reports expected failures raised by application and domain code. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
  @Override
  public Response toResponse(ProblemException exception) {
    return Problems.response(
        exception.type(), exception.getMessage(), exception.errors(), exception.headers());
  }
}
