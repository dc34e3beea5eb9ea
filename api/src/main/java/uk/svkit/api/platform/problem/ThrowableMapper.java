package uk.svkit.api.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.svkit.api.platform.persistence.ConcurrentWrites;
import uk.svkit.api.platform.request.Loggers;

/**
 * Everything no specific mapper claims. Known causes deep in a chain (a body that is not JSON or
 * too large, a lost optimistic-lock race, a transaction the database aborted as a deadlock, a
 * unique-key clash) still get their proper status; the rest is a 500 whose detail never includes a
 * stack trace or exception text.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Loggers.of(ThrowableMapper.class);

  @Override
  public Response toResponse(Throwable exception) {
    ProblemException problem = Causes.find(exception, ProblemException.class);
    if (problem != null) {
      return new ProblemExceptionMapper().toResponse(problem);
    }
    ConstraintViolationException violation =
        Causes.find(exception, ConstraintViolationException.class);
    if (violation != null) {
      return new ConstraintViolationMapper().toResponse(violation);
    }
    if (Causes.isTooLarge(exception)) {
      return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.");
    }
    if (Causes.isUnreadableBody(exception) || Causes.isMalformedJson(exception)) {
      return Problems.unreadableBody(exception);
    }
    if (Causes.isOptimisticLock(exception)) {
      return Problems.response(
          ProblemType.PRECONDITION_FAILED,
          "The resource was changed by another request; read it again and retry with its new ETag.");
    }
    if (ConcurrentWrites.abortedTransaction(exception)) {
      return Problems.response(
          ProblemType.CONFLICT,
          "Another request changed the same records at the same time, so nothing of this one was"
              + " stored; send it again.");
    }
    if (Causes.isDuplicateKey(exception)) {
      return Problems.response(
          ProblemType.CONFLICT, "The change conflicts with existing data (a duplicate key).");
    }
    return internalError(exception);
  }

  static Response internalError(Throwable exception) {
    LOG.log(Level.SEVERE, "Unexpected failure", exception);
    return Problems.response(
        ProblemType.INTERNAL_ERROR,
        "The server could not complete the request. Quote the request id when reporting it.");
  }
}
