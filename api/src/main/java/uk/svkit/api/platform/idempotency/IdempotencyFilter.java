package uk.svkit.api.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.problem.Problems;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * {@code Idempotency-Key} for creating POSTs. The first request with a key opens a transaction,
 * reserves the key and lets the operation run inside that transaction; a 2xx response is stored
 * with the key and everything commits together, so a retry after a lost response replays the stored
 * response (marked {@code Idempotent-Replayed: true}) instead of creating a duplicate. A failed
 * request leaves no trace, so it can be retried with the same key. Keys are scoped to the caller's
 * organisation and expire after {@code svkit.idempotency.ttl}.
 *
 * <ul>
 *   <li>same key, same method, path and body: the first response, replayed;
 *   <li>same key, anything else different: 422 {@code idempotency-key-reused};
 *   <li>same key while the first request is still running: 409, retry later.
 * </ul>
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final String PROPERTY = IdempotencyFilter.class.getName();
  private static final Logger LOG = Loggers.of(IdempotencyFilter.class);
  private static final Jsonb JSONB = DateTimes.JSONB;

  @Inject IdempotencyStore store;

  @Resource UserTransaction transaction;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null) {
      return;
    }
    if (!ACCEPTABLE_KEY.matcher(key).matches()) {
      throw ProblemException.invalid(HEADER, "must be 1 to 255 visible ASCII characters");
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String hash = hash(request.getMethod(), request.getUriInfo().getPath(), body);
    String scope = scopeOf(Tenancy.caller());
    try {
      transaction.begin();
      IdempotencyRecord existing = store.find(scope, key);
      if (existing != null) {
        transaction.rollback();
        request.abortWith(answerFor(existing, hash));
        return;
      }
      request.setProperty(PROPERTY, store.reserve(scope, key, hash));
    } catch (PersistenceException concurrentFirstUse) {
      rollBackQuietly();
      throw inProgress();
    } catch (ProblemException e) {
      rollBackQuietly();
      throw e;
    } catch (Exception e) {
      rollBackQuietly();
      throw new IllegalStateException("Could not reserve the idempotency key", e);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object reserved = request.getProperty(PROPERTY);
    if (!(reserved instanceof IdempotencyRecord record)) {
      return;
    }
    request.removeProperty(PROPERTY);
    try {
      if (response.getStatus() >= 200
          && response.getStatus() < 300
          && transaction.getStatus() == Status.STATUS_ACTIVE) {
        store.complete(
            record,
            response.getStatus(),
            bodyOf(response),
            response.getHeaderString(HttpHeaders.LOCATION),
            response.getHeaderString(HttpHeaders.ETAG));
        transaction.commit();
      } else {
        rollBackQuietly();
      }
    } catch (Exception e) {
      rollBackQuietly();
      LOG.log(Level.SEVERE, "Could not commit an idempotent request", e);
      Response failed =
          Problems.response(
              ProblemType.INTERNAL_ERROR,
              "The request was not completed and nothing was changed; retry it with the same Idempotency-Key.");
      response.setStatus(failed.getStatus());
      response.getHeaders().remove(HttpHeaders.LOCATION);
      response.getHeaders().remove(HttpHeaders.ETAG);
      response.setEntity(failed.getEntity(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
  }

  /** The body as sent: resources that already hold JSON text return it as a String. */
  private static String bodyOf(ContainerResponseContext response) {
    if (!response.hasEntity()) {
      return null;
    }
    Object entity = response.getEntity();
    return entity instanceof String json ? json : JSONB.toJson(entity);
  }

  private static Response answerFor(IdempotencyRecord existing, String hash) {
    if (!existing.requestHash().equals(hash)) {
      return Problems.response(
          ProblemType.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
    }
    if (!existing.isCompleted()) {
      throw inProgress();
    }
    Response.ResponseBuilder replay =
        Response.status(existing.responseStatus()).header(REPLAYED_HEADER, "true");
    if (existing.responseBody() != null) {
      replay.entity(existing.responseBody()).type(MediaType.APPLICATION_JSON_TYPE);
    }
    if (existing.responseLocation() != null) {
      replay.header(HttpHeaders.LOCATION, existing.responseLocation());
    }
    if (existing.responseETag() != null) {
      replay.header(HttpHeaders.ETAG, existing.responseETag());
    }
    return replay.build();
  }

  private static ProblemException inProgress() {
    return new ProblemException(
        ProblemType.IDEMPOTENT_REQUEST_IN_PROGRESS,
        "A request with this Idempotency-Key is still being processed; retry shortly.");
  }

  private static String scopeOf(Caller caller) {
    return caller.organisationId() != null
        ? "org:" + caller.organisationId()
        : "sub:" + caller.subject();
  }

  private static String hash(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void rollBackQuietly() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Rollback failed", e);
    }
  }
}
