package uk.svkit.api.recognition.rest;

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
import jakarta.ws.rs.QueryParam;
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
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.recognition.application.PartnershipService;
import uk.svkit.api.recognition.domain.PartnershipDelivery;
import uk.svkit.api.recognition.domain.PartnershipDeliveryStatus;

/**
 * Partnerships between a business and a VCFSE outside contracts, and their deliveries. Both parties
 * (and platform admins) read them; anyone else gets a 404.
 */
@Path("/partnerships")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipResource {
  @Inject PartnershipService partnerships;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.SUPPLIER)
  @Operation(
      operationId = "createPartnership",
      summary = "Record a partnership with a VCFSE, with quantified commitments (the business)",
      description =
          "Commitments are measures of one framework edition (as contract KPIs are); a proxy set of that"
              + " edition values them. Neither side shows it publicly until it agrees to.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
  public Response create(@NotNull @Valid CreatePartnershipRequest body) {
    PartnershipService.PartnershipView v =
        partnerships.create(
            new PartnershipService.NewPartnership(
                body.vcfseOrganisationId,
                body.title,
                body.description,
                body.startedOn,
                body.endsOn,
                body.frameworkCode,
                body.edition,
                body.proxySetId,
                body.commitments.stream()
                    .map(c -> new PartnershipService.NewCommitment(c.measureCode, c.targetQuantity))
                    .toList()));
    return ETags.created(
        uri.getBaseUriBuilder().path("partnerships").path(v.partnership().id()).build(),
        PartnershipMapper.partnership(v),
        v.partnership().version());
  }

  @GET
  @AllowedRoles({Roles.SUPPLIER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listPartnerships",
      summary = "List your partnerships, as the business or as the VCFSE, by start date")
  public Page<PartnershipResponse> list(@Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        partnerships.list(
            after == null ? null : after.date(0), after == null ? null : after.key(1), limit + 1),
        limit,
        uri,
        v -> Cursor.after(v.partnership().startedOn().toString(), v.partnership().id()),
        PartnershipMapper::partnership);
  }

  @GET
  @Path("/{partnershipId}")
  @AllowedRoles({Roles.SUPPLIER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getPartnership",
      summary = "Get a partnership: commitments, confirmed delivery and its value with the trace")
  @APIResponse(
      responseCode = "200",
      description = "The partnership",
      content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
  public Response get(@PathParam("partnershipId") String id) {
    PartnershipService.PartnershipView v = partnerships.get(id);
    return ETags.ok(PartnershipMapper.partnership(v), v.partnership().version());
  }

  @PUT
  @Path("/{partnershipId}/visibility")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "setPartnershipVisibility",
      summary = "Agree (or no longer agree) to show the partnership on public recognitions",
      description =
          "Each side decides for itself; the partnership is public only while both agree. Either side can withdraw.")
  @APIResponse(
      responseCode = "200",
      description = "Set",
      content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
  public Response setVisibility(
      @PathParam("partnershipId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "ETag of the partnership")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid SetPartnershipVisibilityRequest body) {
    PartnershipService.PartnershipView v =
        partnerships.showPublicly(id, Versions.expectedVersion(headers), body.shown);
    return ETags.ok(PartnershipMapper.partnership(v), v.partnership().version());
  }

  @POST
  @Path("/{partnershipId}/deliveries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.SUPPLIER)
  @Operation(
      operationId = "recordPartnershipDelivery",
      summary =
          "Record a delivery on a commitment (the business); it counts once the VCFSE confirms")
  @APIResponse(
      responseCode = "201",
      description = "Recorded, PENDING",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  public Response recordDelivery(
      @PathParam("partnershipId") String id,
      @NotNull @Valid RecordPartnershipDeliveryRequest body) {
    PartnershipDelivery d =
        partnerships.recordDelivery(
            id,
            new PartnershipService.NewDelivery(
                body.measureCode, body.quantity, body.deliveredOn, body.note));
    return ETags.created(
        uri.getBaseUriBuilder()
            .path("partnerships")
            .path(id)
            .path("deliveries")
            .path(d.id())
            .build(),
        PartnershipMapper.delivery(d),
        d.version());
  }

  @GET
  @Path("/{partnershipId}/deliveries")
  @AllowedRoles({Roles.SUPPLIER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listPartnershipDeliveries",
      summary =
          "List a partnership's deliveries by delivery date (status=PENDING: awaiting the VCFSE)")
  public Page<DeliveryResponse> deliveries(
      @PathParam("partnershipId") String id,
      @QueryParam("status") PartnershipDeliveryStatus status,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        partnerships.deliveries(
            id,
            status,
            after == null ? null : after.date(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        d -> Cursor.after(d.deliveredOn().toString(), d.id()),
        PartnershipMapper::delivery);
  }

  @GET
  @Path("/{partnershipId}/deliveries/{deliveryId}")
  @AllowedRoles({Roles.SUPPLIER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(operationId = "getPartnershipDelivery", summary = "Get a partnership delivery")
  @APIResponse(
      responseCode = "200",
      description = "The delivery",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  public Response delivery(
      @PathParam("partnershipId") String id, @PathParam("deliveryId") String deliveryId) {
    PartnershipDelivery d = partnerships.delivery(id, deliveryId);
    return ETags.ok(PartnershipMapper.delivery(d), d.version());
  }

  @POST
  @Path("/{partnershipId}/deliveries/{deliveryId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles(Roles.VCFSE)
  @Operation(
      operationId = "decidePartnershipDelivery",
      summary = "Confirm, adjust (with a reason) or dispute (with a reason) a delivery (the VCFSE)",
      description =
          "Only confirmed quantities count towards the commitment and its value (adjusted: the VCFSE's quantity;"
              + " disputed: nothing). A decision is final (409 on a second one).")
  @APIResponse(
      responseCode = "200",
      description = "Decided",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  public Response decide(
      @PathParam("partnershipId") String id,
      @PathParam("deliveryId") String deliveryId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "ETag of the delivery")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid DecidePartnershipDeliveryRequest body) {
    PartnershipDelivery d =
        partnerships.decide(
            id,
            deliveryId,
            Versions.expectedVersion(headers),
            body.outcome,
            body.quantity,
            body.reason);
    return ETags.ok(PartnershipMapper.delivery(d), d.version());
  }
}
