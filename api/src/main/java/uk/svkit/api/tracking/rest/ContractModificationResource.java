package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.tracking.application.ContractChangeService;
import uk.svkit.api.tracking.application.ContractModificationView;

/** A contract's changes after award: variations and termination, and their history. */
@Path("/contracts/{contractId}/modifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractModificationResource {
  static final String IF_MATCH_CONTRACT = "ETag of the contract, from its last read";

  @Inject ContractChangeService changes;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "varyContract",
      summary = "Vary a contract after award: value, end date, KPIs added, retired or re-targeted",
      description =
          "Recorded as the contract's next numbered modification (reason, effective date, who)."
              + " A re-targeted KPI keeps its earlier target for the days before effectiveOn;"
              + " progress and assessments use the target in force on each day. A contract above"
              + " £5m keeps at least 3 KPIs (422). A terminated contract cannot be varied (409).")
  @APIResponse(
      responseCode = "201",
      description = "The modification",
      content = @Content(schema = @Schema(implementation = Modification.class)))
  public Response vary(
      @PathParam("contractId") String contractId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_CONTRACT)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid VaryContractRequest body) {
    return created(
        changes.vary(
            contractId, Versions.expectedVersion(headers), ContractLifeMapper.variation(body)));
  }

  @POST
  @Path("/termination")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "terminateContract",
      summary = "Terminate a contract: no returns for periods after the date, no further changes",
      description =
          "Recorded as a TERMINATION modification. A Contract Performance Notice on termination"
              + " is then due (see listOverdueAssessments).")
  @APIResponse(
      responseCode = "201",
      description = "The modification",
      content = @Content(schema = @Schema(implementation = Modification.class)))
  public Response terminate(
      @PathParam("contractId") String contractId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_CONTRACT)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid TerminateContractRequest body) {
    return created(
        changes.terminate(
            contractId, Versions.expectedVersion(headers), body.terminatedOn, body.reason));
  }

  @GET
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listContractModifications",
      summary = "A contract's modifications (variations and termination), oldest first")
  public Page<Modification> list(
      @PathParam("contractId") String contractId, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 1);
    int afterNumber = 0;
    if (after != null) {
      try {
        afterNumber = Integer.parseInt(after.key(0));
      } catch (NumberFormatException e) {
        throw Cursor.invalid();
      }
    }
    return paging.page(
        changes.history(contractId, afterNumber, limit + 1),
        limit,
        uri,
        m -> Cursor.after(Integer.toString(m.sequenceNumber())),
        m -> ContractLifeMapper.modification(m, null));
  }

  private Response created(ContractModificationView m) {
    Modification dto = ContractLifeMapper.modification(m.modification(), m.contract().version());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("contracts")
                .path(m.contract().id())
                .path("modifications")
                .build())
        .entity(dto)
        .tag(Versions.etag(m.contract().version()))
        .build();
  }
}
