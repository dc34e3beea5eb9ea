package uk.svkit.api.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/** Read access to the audit trail: admins see all of it, others their organisation's records. */
@Path("/audit-events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
// An organisation's trail says who did what to its contracts, tenders and bids: for the people
// who run them, not for every user of the organisation (an unassigned evaluator, a supplier user).
@AllowedRoles({Roles.PLATFORM_ADMIN, Roles.BUYER, Roles.CONTRACT_MANAGER})
public class AuditEventResource {
  @Inject AuditTrail trail;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listAuditEvents", summary = "List audit events, oldest first")
  public Page<AuditEventResponse> list(
      @QueryParam("entityType") @Size(max = 64) String entityType,
      @QueryParam("entityId") @Size(max = 36) String entityId,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        trail.list(entityType, entityId, after, limit + 1),
        limit,
        uri,
        event -> Cursor.after(event.occurredAt().toString(), event.id()),
        AuditEventResponse::of);
  }

  @GET
  @Path("/{auditEventId}")
  @Operation(operationId = "getAuditEvent", summary = "Get one audit event")
  public AuditEventResponse get(@PathParam("auditEventId") String id) {
    return AuditEventResponse.of(trail.find(id));
  }
}
