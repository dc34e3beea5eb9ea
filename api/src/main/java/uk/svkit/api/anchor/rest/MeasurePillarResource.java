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
import uk.svkit.api.anchor.application.IndicatorService;
import uk.svkit.api.anchor.domain.MeasurePillar;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.platform.security.Roles;

/**
 * Which framework measures count towards an anchor framework's pillars, so contract KPIs show on
 * the pillar dashboard: public to read, extended by the programme's administrators.
 */
@Path("/programmes/{programmeId}/measure-pillars")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class MeasurePillarResource {
  @Inject IndicatorService indicators;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @PublicAccess
  @Operation(
      operationId = "listMeasurePillars",
      summary =
          "List which framework measures count towards an anchor framework's pillars, shipped and its own (public)")
  public Page<MeasurePillarResponse> list(
      @PathParam("programmeId") String programmeId, @Valid @BeanParam PageRequest page) {
    return InMemoryPages.page(
        indicators.mappings(programmeId),
        m -> m.measureCode() + "|" + m.pillarCode() + "|" + m.id(),
        page,
        paging,
        uri,
        AnchorMapper::mapping);
  }

  @GET
  @Path("/{mappingId}")
  @PublicAccess
  @Operation(
      operationId = "getMeasurePillar",
      summary = "Get one measure-to-pillar mapping (public)")
  @APIResponse(
      responseCode = "200",
      description = "The mapping",
      content = @Content(schema = @Schema(implementation = MeasurePillarResponse.class)))
  public Response get(
      @PathParam("programmeId") String programmeId, @PathParam("mappingId") String mappingId) {
    MeasurePillar m = indicators.mapping(programmeId, mappingId);
    return ETags.ok(AnchorMapper.mapping(m), m.version());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "createMeasurePillar",
      summary =
          "Count a framework measure towards one of an anchor framework's pillars (its administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = MeasurePillarResponse.class)))
  public Response create(
      @PathParam("programmeId") String programmeId,
      @NotNull @Valid CreateMeasurePillarRequest body) {
    MeasurePillar m = indicators.addMapping(programmeId, body.measureCode, body.pillarCode);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(m.id()).build(), AnchorMapper.mapping(m), m.version());
  }
}
