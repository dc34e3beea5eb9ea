package uk.svkit.api.framework.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.application.ValuationDraft;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.Valuation;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.json.DateTimes;

/**
 * Valuations: quantities of measures valued with a proxy set, stored with their trace so the figure
 * can be audited later.
 */
@Path("/valuations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class ValuationResource {
  private static final Jsonb JSONB = DateTimes.JSONB;

  @Inject FrameworkService service;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @Operation(
      operationId = "createValuation",
      summary = "Value quantities of measures with a proxy set, with a per-term trace")
  @APIResponse(
      responseCode = "201",
      description = "Valued and recorded",
      content = @Content(schema = @Schema(implementation = ValuationResponse.class)))
  public Response create(@NotNull @Valid CreateValuationRequest body) {
    Valuation recorded =
        service.valueAndRecord(
            body.proxySetId,
            body.items.stream()
                .map(
                    i ->
                        new ValuationEngine.Item(
                            i.measureCode,
                            i.quantity,
                            i.deadweight,
                            i.attribution,
                            i.displacement,
                            i.dropOff))
                .toList(),
            ValuationResource::trace);
    return Response.created(uri.getAbsolutePathBuilder().path(recorded.id()).build())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(recorded.trace())
        .build();
  }

  /** The response body, which is also the trace recorded with the valuation. */
  private static String trace(ValuationDraft draft) {
    ProxySet set = draft.set();
    Edition edition = draft.edition();
    ValuationEngine.Result result = draft.result();
    ValuationResponse response = new ValuationResponse();
    response.id = draft.id();
    response.proxySetId = set.id();
    response.proxySetName = set.name();
    response.frameworkCode = edition.framework().code();
    response.edition = edition.edition();
    response.priceYear = set.priceYear();
    response.proxySource = set.source();
    response.illustrative = set.isIllustrative();
    response.currency = set.currency();
    response.total = result.total();
    response.terms = result.terms().stream().map(FrameworkMapper::term).toList();
    response.createdAt = draft.createdAt();
    return JSONB.toJson(response);
  }

  @GET
  @Path("/{valuationId}")
  @Operation(
      operationId = "getValuation",
      summary = "Get a recorded valuation exactly as it was returned")
  @APIResponse(
      responseCode = "200",
      description = "The valuation",
      content = @Content(schema = @Schema(implementation = ValuationResponse.class)))
  public Response get(@PathParam("valuationId") String id) {
    return Response.ok(service.valuation(id).trace(), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
