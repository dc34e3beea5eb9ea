package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.tracking.application.ContractChangeService;
import uk.svkit.api.tracking.application.ContractView;
import uk.svkit.api.tracking.application.KpiNoticeView;

/** The KPIs a contract's Contract Details Notice publishes: choosing them and the extract. */
@Path("/contracts/{contractId}/kpi-notice")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class KpiNoticeResource {
  @Inject ContractChangeService changes;
  @Context HttpHeaders headers;

  @PUT
  @Path("/material-kpis")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "setMaterialKpis",
      summary =
          "Choose the (up to 3) most material KPIs, which the Contract Details Notice publishes",
      description = "Replaces the earlier choice; answers with the contract and its new ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content = @Content(schema = @Schema(implementation = ContractResponse.class)))
  public Response setMaterial(
      @PathParam("contractId") String contractId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = ContractModificationResource.IF_MATCH_CONTRACT)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid MaterialKpisRequest body) {
    ContractView view =
        changes.markMostMaterial(contractId, Versions.expectedVersion(headers), body.commitmentIds);
    return ETags.ok(
        TrackingMapper.contract(view.contract(), view.edition(), view.measures()),
        view.contract().version());
  }

  @GET
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getContractKpiNotice",
      summary =
          "The Contract Details Notice KPI extract: the most material KPIs with their targets")
  public ContractKpiNoticeResponse get(@PathParam("contractId") String contractId) {
    KpiNoticeView view = changes.kpiNotice(contractId);
    return ContractLifeMapper.kpiNotice(
        view.contract(),
        view.material(),
        view.measures(),
        view.ocid(),
        TrackingMapper.party(view.buyer()),
        TrackingMapper.party(view.supplier()));
  }

  @GET
  @Path("/ocds")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "exportContractKpiNoticeOcds",
      summary = "The Contract Details Notice KPIs as an OCDS release (agreedMetrics, UK extension)")
  @APIResponse(
      responseCode = "200",
      description = "An OCDS 1.1 release",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response ocds(@PathParam("contractId") String contractId) {
    return Response.ok(changes.kpiNoticeOcds(contractId), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
