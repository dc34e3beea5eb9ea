package uk.svkit.api.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * The event feed for consumers that cannot receive webhooks: the caller's organisation's events in
 * commit order, resumable from the last {@code sequence} read.
 */
@Path("/events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
@AllowedRoles({
  Roles.PLATFORM_ADMIN,
  Roles.BUYER,
  Roles.CONTRACT_MANAGER,
  Roles.SUPPLIER,
  Roles.VCFSE
})
public class EventResource {
  @Inject EventFeed feed;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "List your organisation's events in commit order",
      description =
          "Pass the sequence of the last event you processed as after= to resume; events older than the"
              + " retention period (SVKIT_EVENTS_RETENTION, default 30 days) are gone.")
  public Page<CloudEvent> list(
      @QueryParam("after")
          @Min(0)
          @Max(Long.MAX_VALUE)
          @Parameter(
              description =
                  "Sequence of the last event already read (0 or absent: from the oldest)")
          Long after,
      @QueryParam("type")
          @Size(max = 20)
          @Parameter(description = "Only these event types (repeatable)")
          List<@Size(max = 100) String> types,
      @Valid @BeanParam PageRequest page) {
    if (page.cursor() != null) {
      throw new ProblemException(
          ProblemType.VALIDATION_FAILED, "The event feed pages with after=, not cursor=.");
    }
    Set<String> wanted = new LinkedHashSet<>(types == null ? List.of() : types);
    int limit = paging.limit(page);
    List<StoredEvent> fetched = feed.after(after == null ? 0 : after, wanted, limit + 1);
    boolean more = fetched.size() > limit;
    List<StoredEvent> rows = more ? fetched.subList(0, limit) : fetched;
    String next = null;
    if (more) {
      next =
          uri.getRequestUriBuilder()
              .replaceQueryParam("after", rows.get(rows.size() - 1).sequence())
              .replaceQueryParam("limit", limit)
              .build()
              .toString();
    }
    return new Page<>(rows.stream().map(CloudEvent::of).toList(), next);
  }
}
