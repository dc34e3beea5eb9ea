package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.tracking.application.ReturnService;
import uk.svkit.api.tracking.domain.KpiReturn;

/** Many returns in one request, e.g. a supplier system's quarter: all stored or none. */
@Path("/returns/bulk")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ReturnsResource {
  @Inject ReturnService returns;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.SUPPLIER, Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "submitReturns",
      summary = "Submit up to 5,000 returns at once, all or nothing",
      description =
          "Each item names its contract and KPI. If any item cannot be accepted nothing is stored and the 422 names every"
              + " problem as returns[i].field. A KPI has one live (submitted or validated) return per reporting period: an item for a period"
              + " that already has one, or two items for the same KPI and period, make it a 409 naming each as returns[i].periodStart"
              + " (and the live return to correct instead). Send an Idempotency-Key so a retry after a lost response does not submit twice.")
  @APIResponse(
      responseCode = "201",
      description = "All stored",
      content = @Content(schema = @Schema(implementation = BulkResultResponse.class)))
  public Response submit(@NotNull @Valid BulkReturnsRequest body) {
    List<KpiReturn> stored =
        returns.submitAll(
            body.returns.stream()
                .map(r -> TrackingMapper.newReturn(r.contractId, r.commitmentId, r))
                .toList(),
            "returns");
    BulkResultResponse result = new BulkResultResponse();
    result.accepted = stored.size();
    result.returnIds = stored.stream().map(KpiReturn::id).toList();
    return Response.status(Response.Status.CREATED).entity(result).build();
  }
}
