package uk.svkit.api.anchor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.anchor.application.IndicatorService;
import uk.svkit.api.anchor.domain.Declaration;
import uk.svkit.api.anchor.domain.IndicatorReturn;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * One indicator declaration: its plan (baseline and targets, revised by the signatory) and its
 * returns. Readable by the signatory, the programme's administering organisation and platform
 * admins; 404 for anyone else.
 */
@Path("/indicator-declarations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class IndicatorDeclarationResource {
  private static final String READERS_DOC = "ETag of the declaration";

  @Inject IndicatorService indicators;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Path("/{declarationId}")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "getAnchorIndicatorDeclaration",
      summary = "Get an indicator declaration")
  @APIResponse(
      responseCode = "200",
      description = "The declaration",
      content = @Content(schema = @Schema(implementation = DeclarationResponse.class)))
  public Response get(@PathParam("declarationId") String id) {
    Declaration d = indicators.declaration(id);
    return ETags.ok(AnchorMapper.declaration(d), d.version());
  }

  @PUT
  @Path("/{declarationId}/plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "reviseAnchorIndicatorPlan",
      summary =
          "Revise an indicator's baseline and targets (the signatory); returns are unaffected")
  @APIResponse(
      responseCode = "200",
      description = "Revised",
      content = @Content(schema = @Schema(implementation = DeclarationResponse.class)))
  public Response revise(
      @PathParam("declarationId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = READERS_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid ReviseAnchorIndicatorPlanRequest body) {
    Declaration d =
        indicators.revisePlan(
            id,
            Versions.expectedVersion(headers),
            body.baselineValue,
            body.baselineOn,
            AnchorMapper.targets(body.targets));
    return ETags.ok(AnchorMapper.declaration(d), d.version());
  }

  @POST
  @Path("/{declarationId}/returns")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "submitAnchorIndicatorReturn",
      summary =
          "Submit an indicator's return for one reporting period, with evidence (the signatory)",
      description =
          "The same rules as contract returns: one live (submitted or validated) return per period (409 naming it;"
              + " correct it instead), a document needs its SHA-256 and a URL is http(s) (422), and the period must"
              + " be one of the declaration's and have ended (422).")
  @APIResponse(
      responseCode = "201",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response submit(
      @PathParam("declarationId") String id,
      @NotNull @Valid SubmitAnchorIndicatorReturnRequest body) {
    IndicatorReturn r =
        indicators.submit(
            id,
            new IndicatorService.NewReturn(
                body.periodStart,
                body.periodEnd,
                body.value,
                body.narrative,
                AnchorMapper.evidence(body.evidence)));
    return ETags.created(
        uri.getBaseUriBuilder().path("indicator-returns").path(r.id()).build(),
        AnchorMapper.indicatorReturn(r),
        r.version());
  }

  @GET
  @Path("/{declarationId}/returns")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "listAnchorIndicatorReturns",
      summary = "List an indicator's returns by period, superseded and rejected ones included")
  public Page<ReturnResponse> returns(
      @PathParam("declarationId") String id, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        indicators.returnsOf(
            id,
            after == null ? null : after.date(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        r -> Cursor.after(r.periodStart().toString(), r.id()),
        AnchorMapper::indicatorReturn);
  }
}
