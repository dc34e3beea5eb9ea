package uk.svkit.sdk.implementation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.AuthenticationException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PayloadTooLargeException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.PreconditionRequiredException;
import uk.svkit.sdk.exception.RateLimitException;
import uk.svkit.sdk.exception.ServerException;
import uk.svkit.sdk.exception.ValidationException;

/** Turns an error response into the matching {@link ApiException} subtype. */
public final class ErrorMapper {

  /** Problem type that makes a 422 a validation failure rather than a business-rule rejection. */
  public static final String VALIDATION_FAILED = "/problems/validation-failed";

  private ErrorMapper() {}

  public static ApiException toException(HttpResult r, JsonMapper json, Clock clock) {
    ProblemBody p = json.tryProblem(r.body());
    int status = r.statusCode();
    String type = p == null ? null : p.type;
    String title = p != null && p.title != null ? p.title : reasonPhrase(status);
    String detail = p == null ? null : p.detail;
    List<FieldError> errors =
        p == null || p.errors == null
            ? List.of()
            : p.errors.stream()
                .filter(e -> e != null)
                .map(e -> new FieldError(e.field, e.message))
                .collect(Collectors.toList());
    String requestId = r.header("X-Request-Id");
    if (requestId == null) {
      requestId = p != null && p.instance != null ? p.instance : r.sentRequestId();
    }
    String raw = r.body().isEmpty() ? null : r.body();
    switch (status) {
      case 400:
        return new ValidationException(status, type, title, detail, errors, requestId, raw);
      case 401:
        return new AuthenticationException(status, type, title, detail, errors, requestId, raw);
      case 403:
        return new PermissionDeniedException(status, type, title, detail, errors, requestId, raw);
      case 404:
        return new NotFoundException(status, type, title, detail, errors, requestId, raw);
      case 409:
        return new ConflictException(status, type, title, detail, errors, requestId, raw);
      case 412:
        return new PreconditionFailedException(status, type, title, detail, errors, requestId, raw);
      case 428:
        return new PreconditionRequiredException(
            status, type, title, detail, errors, requestId, raw);
      case 413:
        return new PayloadTooLargeException(status, type, title, detail, errors, requestId, raw);
      case 422:
        // Problem types may be relative (/problems/x) or absolute (https://host/problems/x).
        return type != null && type.endsWith(VALIDATION_FAILED)
            ? new ValidationException(status, type, title, detail, errors, requestId, raw)
            : new BusinessRuleException(status, type, title, detail, errors, requestId, raw);
      case 429:
        Duration retryAfter = RetryDelays.parseRetryAfter(r.header("Retry-After"), clock);
        return new RateLimitException(
            status, type, title, detail, errors, requestId, raw, retryAfter);
      default:
        if (status >= 500 && status < 600) {
          return new ServerException(status, type, title, detail, errors, requestId, raw);
        }
        return new ApiException(status, type, title, detail, errors, requestId, raw);
    }
  }

  /** JAX-RS 3.1's {@code Response.Status} lacks some codes (422), hence a local table. */
  static String reasonPhrase(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 406:
        return "Not Acceptable";
      case 409:
        return "Conflict";
      case 410:
        return "Gone";
      case 412:
        return "Precondition Failed";
      case 413:
        return "Content Too Large";
      case 415:
        return "Unsupported Media Type";
      case 422:
        return "Unprocessable Content";
      case 428:
        return "Precondition Required";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return null;
    }
  }
}
