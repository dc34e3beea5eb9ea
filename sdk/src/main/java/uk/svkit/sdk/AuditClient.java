package uk.svkit.sdk;

import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.AuditEvent;
import uk.svkit.sdk.models.ListAuditEventsOptions;

/**
 * The audit trail of changes the caller may see. Obtain from {@link SvkitClient#audit()};
 * thread-safe.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 */
public final class AuditClient {

  private final Operations ops;

  AuditClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Lists all audit events visible to the caller.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<AuditEvent> listAuditEvents() {
    return listAuditEvents(ListAuditEventsOptions.builder().build(), null);
  }

  /**
   * Lists audit events matching the filters.
   *
   * @param options filters and page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<AuditEvent> listAuditEvents(ListAuditEventsOptions options) {
    return listAuditEvents(options, null);
  }

  /**
   * Lists audit events matching the filters, with per-call options applied to every page.
   *
   * @param options filters and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<AuditEvent> listAuditEvents(
      ListAuditEventsOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url("audit-events")
            .query("limit", options.getLimit())
            .query("entityType", options.getEntityType())
            .query("entityId", options.getEntityId())
            .build(),
        AuditEvent.class,
        requestOptions);
  }

  /**
   * Returns one audit event.
   *
   * @param id the event id
   * @return the event
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such event is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public AuditEvent getAuditEvent(String id) {
    return getAuditEventWithResponse(id, null).getValue();
  }

  /**
   * Returns one audit event with the HTTP details.
   *
   * @param id the event id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such event is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<AuditEvent> getAuditEventWithResponse(String id, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url("audit-events", Operations.pathSegment(id, "id")).build())
            .options(requestOptions),
        AuditEvent.class);
  }
}
