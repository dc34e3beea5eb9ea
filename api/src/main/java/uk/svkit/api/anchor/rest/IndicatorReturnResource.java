package uk.svkit.api.anchor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.svkit.api.anchor.application.IndicatorService;
import uk.svkit.api.anchor.domain.IndicatorReturn;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * One indicator return: validated or rejected by the programme's administering organisation,
 * corrected by the signatory.
 */
@Path("/indicator-returns")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class IndicatorReturnResource {
  private static final String IF_MATCH_DOC = "ETag of the return being reviewed or corrected";

  @Inject IndicatorService indicators;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Path("/{returnId}")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(operationId = "getAnchorIndicatorReturn", summary = "Get an indicator return")
  @APIResponse(
      responseCode = "200",
      description = "The return",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response get(@PathParam("returnId") String id) {
    return ok(indicators.indicatorReturn(id));
  }

  @POST
  @Path("/{returnId}/validate")
  @AllowedRoles({Roles.BUYER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "validateAnchorIndicatorReturn",
      summary = "Accept a submitted indicator return (the programme's administering organisation)")
  @APIResponse(
      responseCode = "200",
      description = "Validated",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response validate(
      @PathParam("returnId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(indicators.validate(id, Versions.expectedVersion(headers)));
  }

  @POST
  @Path("/{returnId}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "rejectAnchorIndicatorReturn",
      summary =
          "Refuse a submitted indicator return with a reason (the programme's administering organisation)")
  @APIResponse(
      responseCode = "200",
      description = "Rejected",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response reject(
      @PathParam("returnId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid RejectAnchorIndicatorReturnRequest body) {
    return ok(indicators.reject(id, Versions.expectedVersion(headers), body.reason));
  }

  @POST
  @Path("/{returnId}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "correctAnchorIndicatorReturn",
      summary = "Correct an indicator return (the signatory): a new submitted return supersedes it")
  @APIResponse(
      responseCode = "201",
      description = "The correction",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response correct(
      @PathParam("returnId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid CorrectAnchorIndicatorReturnRequest body) {
    IndicatorReturn r =
        indicators.correct(
            id,
            Versions.expectedVersion(headers),
            body.value,
            body.narrative,
            AnchorMapper.evidence(body.evidence));
    return ETags.created(
        uri.getBaseUriBuilder().path("indicator-returns").path(r.id()).build(),
        AnchorMapper.indicatorReturn(r),
        r.version());
  }

  private static Response ok(IndicatorReturn r) {
    return ETags.ok(AnchorMapper.indicatorReturn(r), r.version());
  }
}
