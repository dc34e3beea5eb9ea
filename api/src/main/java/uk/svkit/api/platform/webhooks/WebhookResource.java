package uk.svkit.api.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/**
 * An organisation's webhook subscriptions. Other organisations' subscriptions do not exist for the
 * caller (404); deliveries are signed with the secret shown at creation or rotation.
 */
@Path("/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@AllowedRoles({
  Roles.PLATFORM_ADMIN,
  Roles.BUYER,
  Roles.CONTRACT_MANAGER,
  Roles.SUPPLIER,
  Roles.VCFSE
})
public class WebhookResource {
  private static final String IF_MATCH_DOC = "ETag of the version being changed";

  @Inject WebhookService webhooks;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createWebhook",
      summary = "Subscribe a URL to event types; the response shows the signing secret once")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
  public Response create(@NotNull @Valid WebhookRequest body) {
    WebhookService.Created created =
        webhooks.create(body.url, body.eventTypes, body.filters, body.description);
    WebhookSubscription s = created.subscription();
    return Response.created(uri.getAbsolutePathBuilder().path(s.id()).build())
        .tag(Versions.etag(s.version()))
        .entity(WebhookResponse.of(s, created.secret()))
        .build();
  }

  @GET
  @Operation(operationId = "listWebhooks", summary = "List your organisation's subscriptions")
  public Page<WebhookResponse> list(@Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        webhooks.list(
            after == null ? null : after.timestamp(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        s -> Cursor.after(s.createdAt().toString(), s.id()),
        s -> WebhookResponse.of(s, null));
  }

  @GET
  @Path("/{webhookId}")
  @Operation(operationId = "getWebhook", summary = "Get a subscription (without its secret)")
  @APIResponse(
      responseCode = "200",
      description = "The subscription",
      content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
  public Response get(@PathParam("webhookId") String id) {
    WebhookSubscription s = webhooks.get(id);
    return Response.ok(WebhookResponse.of(s, null)).tag(Versions.etag(s.version())).build();
  }

  @PUT
  @Path("/{webhookId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateWebhook",
      summary =
          "Change a subscription's URL, event types or description; re-activates a failing one")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
  public Response update(
      @PathParam("webhookId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid WebhookRequest body) {
    WebhookSubscription s =
        webhooks.update(
            id,
            Versions.expectedVersion(headers),
            body.url,
            body.eventTypes,
            body.filters,
            body.description);
    return Response.ok(WebhookResponse.of(s, null)).tag(Versions.etag(s.version())).build();
  }

  @DELETE
  @Path("/{webhookId}")
  @Operation(
      operationId = "deleteWebhook",
      summary = "Delete a subscription with its pending deliveries and log")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("webhookId") String id) {
    webhooks.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{webhookId}/secret")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "Replace the signing secret; the old one keeps signing beside it for the overlap")
  @APIResponse(
      responseCode = "200",
      description = "The new secret, shown this once",
      content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
  public Response rotateSecret(
      @PathParam("webhookId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid WebhookSecretRequest body) {
    int hours = body == null || body.overlapHours == null ? 24 : body.overlapHours;
    WebhookService.Created rotated =
        webhooks.rotateSecret(id, Versions.expectedVersion(headers), Duration.ofHours(hours));
    WebhookSubscription s = rotated.subscription();
    return Response.ok(WebhookResponse.of(s, rotated.secret()))
        .tag(Versions.etag(s.version()))
        .build();
  }

  @POST
  @Path("/{webhookId}/ping")
  @Operation(
      operationId = "pingWebhook",
      summary = "Send a signed uk.svkit.webhook.ping event to this subscription only")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = WebhookPingResponse.class)))
  public Response ping(@PathParam("webhookId") String id) {
    WebhookPingResponse r = new WebhookPingResponse();
    r.eventId = webhooks.ping(id).id();
    return Response.accepted(r).build();
  }

  @GET
  @Path("/{webhookId}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "The delivery log, newest first: each delivery with its attempts")
  public Page<WebhookDeliveryResponse> deliveries(
      @PathParam("webhookId") String id, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    List<WebhookDelivery> fetched =
        webhooks.deliveries(
            id,
            after == null ? null : after.timestamp(0),
            after == null ? null : after.key(1),
            limit + 1);
    Map<String, List<WebhookAttempt>> attempts =
        webhooks.attempts(fetched.size() > limit ? fetched.subList(0, limit) : fetched).stream()
            .collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
    return paging.page(
        fetched,
        limit,
        uri,
        d -> Cursor.after(d.createdAt().toString(), d.id()),
        d -> WebhookDeliveryResponse.of(d, attempts));
  }

  @POST
  @Path("/{webhookId}/deliveries/{deliveryId}/redeliver")
  @Operation(
      operationId = "redeliverWebhook",
      summary = "Send a delivery's event again, as a new delivery")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = WebhookDeliveryResponse.class)))
  public Response redeliver(
      @PathParam("webhookId") String id, @PathParam("deliveryId") String deliveryId) {
    return Response.accepted(
            WebhookDeliveryResponse.of(webhooks.redeliver(id, deliveryId), Map.of()))
        .build();
  }
}
