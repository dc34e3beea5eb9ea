package uk.svkit.api.directory.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.directory.application.DeliveryService;
import uk.svkit.api.directory.domain.Delivery;
import uk.svkit.api.directory.domain.DeliveryStatus;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * Delivered support awaiting, or carrying, the receiving VCFSE's word: one resource for deliveries
 * through pledges and through offer claims alike.
 */
@Path("/directory/deliveries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class DeliveryResource {
  @Inject DeliveryService deliveries;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @AllowedRoles({Roles.VCFSE, Roles.SUPPLIER})
  @Operation(
      operationId = "listDeliveries",
      summary = "Your organisation's recorded deliveries, oldest first",
      description =
          "side=VCFSE lists support your organisation received (status=AWAITING_CONFIRMATION: to confirm);"
              + " side=BUSINESS lists support it delivered (status=AWAITING_CONFIRMATION: awaiting the VCFSE)."
              + " Without side, a VCFSE caller gets VCFSE and anyone else BUSINESS.")
  public Page<DeliveryResponse> list(
      @QueryParam("side") Delivery.Side side,
      @QueryParam("status") DeliveryStatus status,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        deliveries.list(
            side,
            status,
            after == null ? null : after.timestamp(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        d -> Cursor.after(d.deliveredAt().toString(), d.id()),
        DeliveryResource::dto);
  }

  @GET
  @Path("/{deliveryId}")
  @AllowedRoles({Roles.VCFSE, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getDelivery",
      summary = "A recorded delivery (its VCFSE, its business, admins)")
  @APIResponse(
      responseCode = "200",
      description = "The delivery",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  public Response get(@PathParam("deliveryId") String deliveryId) {
    Delivery d = deliveries.get(deliveryId);
    return Response.ok(dto(d)).tag(Versions.etag(d.version())).build();
  }

  @PUT
  @Path("/{deliveryId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles(Roles.VCFSE)
  @Operation(
      operationId = "answerDelivery",
      summary = "Confirm, adjust or dispute a delivery (the VCFSE that received it)",
      description =
          "The answer may be changed later; a delivery naming a contract KPI then counts towards it at the new"
              + " quantity, never twice. Repeating the current answer changes nothing and needs no fresh ETag.")
  @APIResponse(
      responseCode = "200",
      description = "Answered",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  public Response answer(
      @PathParam("deliveryId") String deliveryId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "ETag from your last read")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid DeliveryAnswerRequest body) {
    Delivery d =
        deliveries.answer(
            deliveryId,
            () -> Versions.expectedVersion(headers),
            new Delivery.Answer(body.status, body.quantity, body.reason));
    return Response.ok(dto(d)).tag(Versions.etag(d.version())).build();
  }

  static DeliveryResponse dto(Delivery d) {
    DeliveryResponse dto = new DeliveryResponse();
    dto.id = d.id();
    dto.through = d.through();
    dto.listingId = d.listingId();
    dto.listingTitle = d.listingTitle();
    dto.supportType = d.supportType();
    dto.unit = d.unit();
    dto.vcfseOrganisationId = d.vcfseOrganisationId();
    dto.businessOrganisationId = d.businessOrganisationId();
    dto.commitmentId = d.commitmentId();
    dto.deliveredQuantity = d.deliveredQuantity();
    dto.deliveryNote = d.deliveryNote();
    dto.deliveredAt = d.deliveredAt();
    dto.status = d.status();
    dto.acceptedQuantity = d.acceptedQuantity();
    dto.countedQuantity = d.countedQuantity();
    dto.reason = d.reason();
    dto.answeredAt = d.answeredAt();
    dto.version = d.version();
    return dto;
  }
}
