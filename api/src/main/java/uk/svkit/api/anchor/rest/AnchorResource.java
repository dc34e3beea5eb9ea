package uk.svkit.api.anchor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.anchor.application.AnchorDashboardService;
import uk.svkit.api.anchor.application.IndicatorService;
import uk.svkit.api.anchor.domain.Declaration;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * One anchor signatory under a programme: its indicator declarations, its pillar dashboard and its
 * benchmark against the other signatories. Readable by the anchor, the programme's administering
 * organisation and platform admins; anyone else gets 404.
 */
@Path("/programmes/{programmeId}/anchors/{organisationId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class AnchorResource {
  @Inject IndicatorService indicators;
  @Inject AnchorDashboardService dashboards;
  @Inject Paging paging;
  @Context UriInfo uri;

  @POST
  @Path("/indicator-declarations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "declareAnchorIndicator",
      summary =
          "Declare one of the catalogue's indicators for your organisation, with baseline and targets",
      description =
          "The organisation in the path must be your own and have a standing signature of the programme (else 422)."
              + " One declaration per organisation and indicator (409).")
  @APIResponse(
      responseCode = "201",
      description = "Declared",
      content = @Content(schema = @Schema(implementation = DeclarationResponse.class)))
  public Response declare(
      @PathParam("programmeId") String programmeId,
      @PathParam("organisationId") String organisationId,
      @NotNull @Valid DeclareAnchorIndicatorRequest body) {
    Declaration d =
        indicators.declare(
            programmeId,
            organisationId,
            new IndicatorService.NewDeclaration(
                body.indicatorCode,
                body.frequency,
                body.reportingFrom,
                body.baselineValue,
                body.baselineOn,
                AnchorMapper.targets(body.targets)));
    return ETags.created(
        uri.getBaseUriBuilder().path("indicator-declarations").path(d.id()).build(),
        AnchorMapper.declaration(d),
        d.version());
  }

  @GET
  @Path("/indicator-declarations")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "listAnchorIndicatorDeclarations",
      summary =
          "List an anchor's indicator declarations under a programme, by pillar and indicator")
  public Page<DeclarationResponse> declarations(
      @PathParam("programmeId") String programmeId,
      @PathParam("organisationId") String organisationId,
      @Valid @BeanParam PageRequest page) {
    return InMemoryPages.page(
        indicators.declarationsOf(programmeId, organisationId),
        d -> d.pillarCode() + "|" + d.indicatorCode(),
        page,
        paging,
        uri,
        AnchorMapper::declaration);
  }

  @GET
  @Path("/dashboard")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "getAnchorDashboard",
      summary =
          "An anchor's pillar dashboard: each pillar's indicators against baseline and targets by period, and the contract KPIs counted towards it",
      description =
          "Read from kept totals (per indicator and period, and tracking's per-KPI totals of the contracts the anchor buys), never from returns.")
  @APIResponse(
      responseCode = "200",
      description = "The dashboard",
      content = @Content(schema = @Schema(implementation = AnchorDashboardResponse.class)))
  public AnchorDashboardResponse dashboard(
      @PathParam("programmeId") String programmeId,
      @PathParam("organisationId") String organisationId) {
    return AnchorMapper.dashboard(dashboards.dashboard(programmeId, organisationId));
  }

  @GET
  @Path("/benchmark")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "getAnchorBenchmark",
      summary =
          "An anchor's indicators against the other signatories' latest validated figures (median and quartiles)",
      description =
          "Peers are the programme's other signatories with a validated figure for the indicator; neither the anchor nor"
              + " the caller is ever among them, and the median and quartiles are absent below minPeers"
              + " (SVKIT_ANCHOR_BENCHMARK_MIN_PEERS, default 5).")
  @APIResponse(
      responseCode = "200",
      description = "The benchmark",
      content = @Content(schema = @Schema(implementation = AnchorBenchmarkResponse.class)))
  public AnchorBenchmarkResponse benchmark(
      @PathParam("programmeId") String programmeId,
      @PathParam("organisationId") String organisationId) {
    return AnchorMapper.benchmark(dashboards.benchmark(programmeId, organisationId));
  }
}
