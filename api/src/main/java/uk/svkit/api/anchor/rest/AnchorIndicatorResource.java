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
import uk.svkit.api.anchor.domain.Indicator;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.platform.security.Roles;

/** An anchor framework's indicator catalogue: public to read, extended by its administrators. */
@Path("/programmes/{programmeId}/indicators")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class AnchorIndicatorResource {
  @Inject IndicatorService indicators;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @PublicAccess
  @Operation(
      operationId = "listAnchorIndicators",
      summary =
          "List an anchor framework's indicator catalogue: svkit's shipped indicators for its pillars and its own, by code (public)")
  public Page<IndicatorResponse> list(
      @PathParam("programmeId") String programmeId, @Valid @BeanParam PageRequest page) {
    return InMemoryPages.page(
        indicators.catalogue(programmeId),
        Indicator::code,
        page,
        paging,
        uri,
        AnchorMapper::indicator);
  }

  @GET
  @Path("/{indicatorCode}")
  @PublicAccess
  @Operation(operationId = "getAnchorIndicator", summary = "Get one catalogue indicator (public)")
  @APIResponse(
      responseCode = "200",
      description = "The indicator",
      content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
  public Response get(
      @PathParam("programmeId") String programmeId,
      @PathParam("indicatorCode") String indicatorCode) {
    Indicator i = indicators.catalogueEntry(programmeId, indicatorCode);
    return ETags.ok(AnchorMapper.indicator(i), i.version());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "createAnchorIndicator",
      summary = "Add an indicator to an anchor framework's catalogue (its administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
  public Response create(
      @PathParam("programmeId") String programmeId,
      @NotNull @Valid CreateAnchorIndicatorRequest body) {
    Indicator i =
        indicators.addIndicator(
            programmeId,
            new IndicatorService.NewIndicator(
                body.code,
                body.pillarCode,
                body.title,
                body.unit,
                body.direction,
                body.description));
    return ETags.created(
        uri.getAbsolutePathBuilder().path(i.code()).build(),
        AnchorMapper.indicator(i),
        i.version());
  }
}
