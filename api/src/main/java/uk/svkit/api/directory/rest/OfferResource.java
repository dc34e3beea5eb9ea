package uk.svkit.api.directory.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.directory.application.OfferService;
import uk.svkit.api.directory.domain.Keyset;
import uk.svkit.api.directory.domain.Offer;
import uk.svkit.api.directory.domain.OfferClaim;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.platform.security.Roles;

/**
 * Offers on the noticeboard: businesses post what they can give VCFSEs, VCFSEs claim it, the
 * business records the delivery. Reads of offers are open to anyone, like needs; a claim is seen by
 * its VCFSE, the offering business and admins. A path of its own below /directory, so the
 * directory's resource stays as it is.
 */
@Path("/directory/offers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class OfferResource {
  private static final String IF_MATCH_DOC = "ETag from your last read";

  @Inject OfferService offers;
  @Inject Paging paging;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "searchOffers",
      summary = "Search open and partly taken, unexpired offers",
      description =
          "Filters combine (AND). sort: EXPIRY (default), NEWEST, or DISTANCE (default with near or lat/lon; from the"
              + " offer's postcode, so offers without one are left out of radius searches).")
  public OfferPageResponse search(
      @QueryParam("q")
          @Size(max = 200)
          @Parameter(description = "Free text: every word must appear in the title or description")
          String q,
      @QueryParam("supportType") SupportType supportType,
      @QueryParam("placeCode")
          @Size(max = 9)
          @Parameter(description = "ONS code of the offer's place", example = "E08000015")
          String placeCode,
      @QueryParam("near")
          @Size(max = 10)
          @Parameter(
              description = "A postcode or postcode district to search around; unknown is a 422")
          String near,
      @QueryParam("lat") Double lat,
      @QueryParam("lon") Double lon,
      @QueryParam("radiusKm")
          @Parameter(
              description = "Search radius in km around near or lat/lon; default 10, at most 200")
          Double radiusKm,
      @QueryParam("organisationId")
          @Size(max = 36)
          @Parameter(description = "Only this business's offers")
          String organisationId,
      @QueryParam("sort") @Size(max = 20) String sort,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    List<String> after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 3).keys();
    OfferService.Criteria criteria =
        new OfferService.Criteria(
            OfferMapper.blankToNull(q),
            supportType,
            OfferMapper.blankToNull(placeCode),
            OfferMapper.blankToNull(near),
            lat,
            lon,
            radiusKm,
            OfferMapper.blankToNull(organisationId),
            OfferMapper.blankToNull(sort));
    List<Keyset.Ranked<OfferService.Hit>> rows = offers.search(criteria, after, limit + 1);
    Page<OfferResponse> p =
        paging.page(
            rows,
            limit,
            uri,
            r -> Cursor.after(OfferService.cursorOf(r).toArray(String[]::new)),
            r -> OfferMapper.offer(r.item().offer(), r.item().distanceKm(), today()));
    OfferPageResponse response = new OfferPageResponse();
    response.items = p.items;
    response.next = p.next;
    return response;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.SUPPLIER)
  @Operation(
      operationId = "createOffer",
      summary = "Post an offer on the noticeboard (a business with the supplier role)")
  @APIResponse(
      responseCode = "201",
      description = "Posted",
      content = @Content(schema = @Schema(implementation = OfferResponse.class)))
  public Response create(@NotNull @Valid OfferRequest body) {
    Offer offer = offers.post(OfferMapper.input(body));
    return Response.created(
            uri.getBaseUriBuilder().path("directory").path("offers").path(offer.id()).build())
        .tag(Versions.etag(offer.version()))
        .entity(OfferMapper.offer(offer, null, today()))
        .build();
  }

  @GET
  @Path("/{offerId}")
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(operationId = "getOffer", summary = "An offer, whatever its status")
  @APIResponse(
      responseCode = "200",
      description = "The offer",
      content = @Content(schema = @Schema(implementation = OfferResponse.class)))
  public Response get(@PathParam("offerId") String offerId) {
    return offerResponse(offers.get(offerId));
  }

  @PUT
  @Path("/{offerId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "updateOffer",
      summary = "Change an open or partly taken offer (its business)",
      description =
          "Bringing expiresOn into the past ends the listing at once; claims already made stay deliverable.")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = OfferResponse.class)))
  public Response update(
      @PathParam("offerId") String offerId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid OfferRequest body) {
    return offerResponse(
        offers.revise(offerId, Versions.expectedVersion(headers), OfferMapper.input(body)));
  }

  @POST
  @Path("/{offerId}/close")
  @AllowedRoles({Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "closeOffer",
      summary = "Close an offer, whatever stage it reached (its business)")
  @APIResponse(
      responseCode = "200",
      description = "Closed",
      content = @Content(schema = @Schema(implementation = OfferResponse.class)))
  public Response close(
      @PathParam("offerId") String offerId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch) {
    return offerResponse(offers.close(offerId, Versions.expectedVersion(headers)));
  }

  // ---- claims ------------------------------------------------------------------------------

  @POST
  @Path("/{offerId}/claims")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.VCFSE)
  @Operation(
      operationId = "createOfferClaim",
      summary = "Claim an offer, in whole or in part (a VCFSE with a profile)")
  @APIResponse(
      responseCode = "201",
      description = "Claimed",
      content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
  public Response claim(
      @PathParam("offerId") String offerId, @NotNull @Valid OfferClaimRequest body) {
    OfferClaim claim =
        offers.claim(
            offerId,
            body.quantity,
            OfferMapper.blankToNull(body.note),
            OfferMapper.blankToNull(body.commitmentId));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("directory")
                .path("offers")
                .path(offerId)
                .path("claims")
                .path(claim.id())
                .build())
        .tag(Versions.etag(claim.version()))
        .entity(OfferMapper.claim(claim))
        .build();
  }

  @GET
  @Path("/{offerId}/claims")
  @AllowedRoles({Roles.VCFSE, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listOfferClaims",
      summary = "An offer's claims you may see (the offering business sees all; a VCFSE its own)")
  public Page<ClaimResponse> claims(@PathParam("offerId") String offerId) {
    return new Page<>(offers.claimsOf(offerId).stream().map(OfferMapper::claim).toList(), null);
  }

  @GET
  @Path("/{offerId}/claims/{claimId}")
  @AllowedRoles({Roles.VCFSE, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getOfferClaim",
      summary = "A claim (its VCFSE, the offering business, admins)")
  @APIResponse(
      responseCode = "200",
      description = "The claim",
      content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
  public Response getClaim(
      @PathParam("offerId") String offerId, @PathParam("claimId") String claimId) {
    OfferClaim c = offers.claimOf(offerId, claimId);
    return Response.ok(OfferMapper.claim(c)).tag(Versions.etag(c.version())).build();
  }

  @POST
  @Path("/{offerId}/claims/{claimId}/delivery")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "recordOfferClaimDelivery",
      summary = "Record what was delivered against a claim (the offering business)",
      description =
          "Once per claim. With a commitment (named by the claim or here) of one of the business's contracts, the delivery"
              + " is recorded as evidence of that KPI (GET /contracts/{id}/pledge-evidence, pledgeId being the claim's id).")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
  public Response recordDelivery(
      @PathParam("offerId") String offerId,
      @PathParam("claimId") String claimId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid OfferDeliveryRequest body) {
    OfferClaim c =
        offers.recordDelivery(
            offerId,
            claimId,
            Versions.expectedVersion(headers),
            body.deliveredQuantity,
            OfferMapper.blankToNull(body.note),
            OfferMapper.blankToNull(body.commitmentId));
    return Response.ok(OfferMapper.claim(c)).tag(Versions.etag(c.version())).build();
  }

  private Response offerResponse(Offer offer) {
    return Response.ok(OfferMapper.offer(offer, null, today()))
        .tag(Versions.etag(offer.version()))
        .build();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
