package uk.svkit.api.anchor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.anchor.application.AnchorDashboardService;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/** A programme's collective impact across its signatories. */
@Path("/programmes/{programmeId}/collective-view")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class CollectiveViewResource {
  @Inject AnchorDashboardService dashboards;

  @GET
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "getAnchorCollectiveView",
      summary =
          "A programme's collective impact: per indicator, how many signatories report and, from minPeers of them, their total and spread")
  @APIResponse(
      responseCode = "200",
      description = "The collective view",
      content = @Content(schema = @Schema(implementation = AnchorCollectiveViewResponse.class)))
  public AnchorCollectiveViewResponse get(@PathParam("programmeId") String programmeId) {
    return AnchorMapper.collective(dashboards.collective(programmeId));
  }
}
