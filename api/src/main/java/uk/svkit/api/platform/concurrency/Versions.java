package uk.svkit.api.platform.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP. A resource's version (its JPA {@code @Version}) is its strong
 * ETag; updates must send it back in {@code If-Match}, so a client can never overwrite a change it
 * has not seen. A concurrent writer between check and commit is caught by the version column and
 * also answers 412.
 */
public final class Versions {
  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version the client expects to update, from {@code If-Match}: 428 when the header is
   * missing, 412 when it names no version of this resource.
   */
  public static long expectedVersion(HttpHeaders headers) {
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag from your last read, so changes you have not seen are not overwritten.");
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw stale();
    }
  }

  /** Fails with 412 unless the resource is still at the version the client expects. */
  public static void requireCurrent(long expected, long current) {
    if (expected != current) {
      throw stale();
    }
  }

  /** A 304 response if the client's {@code If-None-Match} already names this version. */
  public static Response notModified(Request request, long version) {
    Response.ResponseBuilder builder = request.evaluatePreconditions(etag(version));
    return builder == null ? null : builder.build();
  }

  private static ProblemException stale() {
    return new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The resource has changed since you read it; read it again and retry with its new ETag.");
  }
}
