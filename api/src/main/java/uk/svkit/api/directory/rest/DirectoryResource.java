package uk.svkit.api.directory.rest;

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
import jakarta.ws.rs.core.Request;
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
import uk.svkit.api.directory.application.DirectorySearch;
import uk.svkit.api.directory.application.NeedView;
import uk.svkit.api.directory.application.NoticeboardService;
import uk.svkit.api.directory.application.ProfileService;
import uk.svkit.api.directory.application.ProfileView;
import uk.svkit.api.directory.domain.Keyset;
import uk.svkit.api.directory.domain.Pledge;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.domain.VcfseProfile;
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
 * The VCFSE partner directory and its noticeboard. Reads are open to anyone (no token; contacts
 * only for authenticated callers); a VCFSE writes its own profile and needs, businesses pledge,
 * platform admins verify profiles.
 */
@Path("/directory")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class DirectoryResource {
  private static final String IF_MATCH_DOC = "ETag from your last read";

  @Inject ProfileService profiles;
  @Inject NoticeboardService noticeboard;
  @Inject DirectorySearch search;
  @Inject Paging paging;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context Request request;

  // ---- themes and organisations ------------------------------------------------------------

  @GET
  @Path("/themes")
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "listDirectoryThemes",
      summary = "The managed theme taxonomy VCFSE profiles are classified by")
  public Page<ThemeResponse> themes() {
    return new Page<>(profiles.themes().stream().map(DirectoryMapper::themeOf).toList(), null);
  }

  @GET
  @Path("/organisations")
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "searchDirectoryOrganisations",
      summary = "Search VCFSE organisations, with facet counts",
      description =
          "Filters combine (AND). sort: RELEVANCE (default with q), DISTANCE (default with near or lat/lon) or NAME."
              + " Facet counts cover every result, not just the page (facets=false leaves them out). Never shows contacts.")
  public DirectoryOrganisationPageResponse searchOrganisations(
      @Valid @BeanParam SearchParams params, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    List<String> after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 3).keys();
    DirectorySearch.Result<DirectorySearch.OrganisationHit> result =
        search.organisations(params.criteria(null), params.sort, after, limit + 1, params.facets);
    Page<DirectoryOrganisationHitResponse> p =
        paging.page(
            result.rows(),
            limit,
            uri,
            DirectoryResource::cursor,
            r -> DirectoryMapper.hit(r.item()));
    DirectoryOrganisationPageResponse response = new DirectoryOrganisationPageResponse();
    response.items = p.items;
    response.next = p.next;
    response.facets = result.facets() == null ? null : DirectoryMapper.facets(result.facets());
    return response;
  }

  @GET
  @Path("/matches")
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "matchVcfses",
      summary =
          "Shortlist VCFSE partners with open needs for what a business offers, each score explained",
      description =
          "Give measures (e.g. a KPI's measure code: they point at themes and support types), and/or themes, support"
              + " types, a place (ranks), near a postcode or lat/lon within radiusKm (limits and ranks), and a quantity offered."
              + " Scored out of 100: theme fit 35, place 25, support type 20, need size 10, recency 10; ties by distance, then"
              + " name. Deterministic: the same data gives the same list.")
  public MatchListResponse match(
      @QueryParam("measureCode") @jakarta.validation.constraints.Size(max = 20)
          List<@jakarta.validation.constraints.Size(max = 40) String> measureCodes,
      @QueryParam("theme") @jakarta.validation.constraints.Size(max = 20)
          List<@jakarta.validation.constraints.Size(max = 40) String> themeCodes,
      @QueryParam("supportType") List<SupportType> supportTypes,
      @QueryParam("placeCode") @jakarta.validation.constraints.Size(max = 9) String placeCode,
      @QueryParam("near") @jakarta.validation.constraints.Size(max = 8) String near,
      @QueryParam("lat") Double lat,
      @QueryParam("lon") Double lon,
      @QueryParam("radiusKm") Double radiusKm,
      @QueryParam("quantity") java.math.BigDecimal quantity,
      @QueryParam("limit")
          @jakarta.validation.constraints.Min(1)
          @jakarta.validation.constraints.Max(50)
          Integer limit) {
    if (measureCodes.size() > 20 || themeCodes.size() > 20 || supportTypes.size() > 6) {
      throw uk.svkit.api.platform.problem.ProblemException.invalid(
          "measureCode", "give at most 20 measures, 20 themes and 6 support types");
    }
    DirectorySearch.Matches result =
        search.match(
            new DirectorySearch.MatchCriteria(
                measureCodes,
                themeCodes,
                supportTypes,
                placeCode,
                near,
                lat,
                lon,
                radiusKm,
                quantity,
                limit == null ? 10 : limit));
    MatchListResponse list = new MatchListResponse();
    list.themes = List.copyOf(result.wanted().themes());
    list.supportTypes = List.copyOf(result.wanted().supportTypes());
    list.items =
        result.matches().stream()
            .map(
                m -> {
                  MatchResponse dto = new MatchResponse();
                  dto.organisation = DirectoryMapper.matched(m);
                  dto.score = m.score();
                  dto.factors =
                      m.factors().stream()
                          .map(
                              f -> {
                                MatchFactorResponse factor = new MatchFactorResponse();
                                factor.factor = f.factor();
                                factor.points = f.points();
                                factor.max = f.max();
                                factor.reason = f.reason();
                                return factor;
                              })
                          .toList();
                  dto.needs =
                      m.needs().stream()
                          .map(n -> DirectoryMapper.need(n, m.distanceKm(), today()))
                          .toList();
                  return dto;
                })
            .toList();
    return list;
  }

  @GET
  @Path("/organisations/{organisationId}")
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "getDirectoryOrganisation",
      summary =
          "A VCFSE's directory profile; contacts only for the VCFSE, admins and organisations working with it")
  @APIResponse(
      responseCode = "200",
      description = "The profile",
      content = @Content(schema = @Schema(implementation = DirectoryOrganisationResponse.class)))
  public Response getOrganisation(@PathParam("organisationId") String organisationId) {
    ProfileView view = profiles.get(organisationId);
    Response notModified = Versions.notModified(request, view.profile().version());
    if (notModified != null) {
      return notModified;
    }
    return Response.ok(DirectoryMapper.organisation(view.profile(), view.contactsReadable()))
        .tag(Versions.etag(view.profile().version()))
        .build();
  }

  @PUT
  @Path("/organisations/{organisationId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "saveVcfseProfile",
      summary = "Create or replace a VCFSE's profile (the VCFSE itself, or an admin)",
      description =
          "Creating needs no If-Match (201); replacing needs the ETag (428 without it). A replacement clears verification.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = DirectoryOrganisationResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = DirectoryOrganisationResponse.class)))
  public Response saveProfile(
      @PathParam("organisationId") String organisationId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              description = "ETag of the profile; required to replace one")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid SaveVcfseProfileRequest body) {
    Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expectedVersion(headers);
    ProfileService.Saved saved =
        profiles.save(organisationId, expected, DirectoryMapper.profile(body));
    VcfseProfile p = saved.profile();
    Response.ResponseBuilder builder =
        saved.created()
            ? Response.created(
                uri.getBaseUriBuilder()
                    .path("directory")
                    .path("organisations")
                    .path(p.id())
                    .build())
            : Response.ok();
    return builder
        .tag(Versions.etag(p.version()))
        .entity(DirectoryMapper.organisation(p, true))
        .build();
  }

  @POST
  @Path("/organisations/{organisationId}/verification")
  @AllowedRoles(Roles.PLATFORM_ADMIN)
  @Operation(
      operationId = "verifyVcfseProfile",
      summary = "Mark a profile verified as it stands (platform admins)")
  @APIResponse(
      responseCode = "200",
      description = "Verified",
      content = @Content(schema = @Schema(implementation = DirectoryOrganisationResponse.class)))
  public Response verify(
      @PathParam("organisationId") String organisationId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch) {
    VcfseProfile p = profiles.verify(organisationId, Versions.expectedVersion(headers));
    return Response.ok(DirectoryMapper.organisation(p, true))
        .tag(Versions.etag(p.version()))
        .build();
  }

  // ---- needs -----------------------------------------------------------------------------

  @GET
  @Path("/needs")
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "searchNeeds",
      summary = "Search open, unexpired needs, with facet counts",
      description =
          "sort: EXPIRY (default), NEWEST, or DISTANCE (default with near or lat/lon; from the VCFSE's base).")
  public NeedPageResponse searchNeeds(
      @Valid @BeanParam SearchParams params,
      @Parameter(description = "Only this VCFSE's needs")
          @QueryParam("organisationId")
          @jakarta.validation.constraints.Size(max = 36)
          String organisationId,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    List<String> after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 3).keys();
    DirectorySearch.Result<DirectorySearch.NeedHit> result =
        search.needs(params.criteria(organisationId), params.sort, after, limit + 1, params.facets);
    Page<NeedResponse> p =
        paging.page(
            result.rows(),
            limit,
            uri,
            DirectoryResource::cursor,
            r -> DirectoryMapper.need(r.item().need(), r.item().distanceKm(), today()));
    NeedPageResponse response = new NeedPageResponse();
    response.items = p.items;
    response.next = p.next;
    response.facets = result.facets() == null ? null : DirectoryMapper.facets(result.facets());
    return response;
  }

  @POST
  @Path("/needs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.VCFSE)
  @Operation(
      operationId = "createNeed",
      summary = "Post a need on the noticeboard (a VCFSE with a profile)")
  @APIResponse(
      responseCode = "201",
      description = "Posted",
      content = @Content(schema = @Schema(implementation = NeedResponse.class)))
  public Response createNeed(@NotNull @Valid NeedRequest body) {
    NeedView view = noticeboard.post(DirectoryMapper.terms(body));
    return Response.created(
            uri.getBaseUriBuilder().path("directory").path("needs").path(view.need().id()).build())
        .tag(Versions.etag(view.need().version()))
        .entity(DirectoryMapper.need(view))
        .build();
  }

  @GET
  @Path("/needs/{needId}")
  @PublicAccess
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(operationId = "getNeed", summary = "A need, whatever its status")
  @APIResponse(
      responseCode = "200",
      description = "The need",
      content = @Content(schema = @Schema(implementation = NeedResponse.class)))
  public Response getNeed(@PathParam("needId") String needId) {
    return needResponse(noticeboard.get(needId));
  }

  @PUT
  @Path("/needs/{needId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "updateNeed",
      summary = "Change an open need (its VCFSE)",
      description = "Bringing expiresOn into the past ends the listing at once.")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = NeedResponse.class)))
  public Response updateNeed(
      @PathParam("needId") String needId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid NeedRequest body) {
    return needResponse(
        noticeboard.revise(needId, Versions.expectedVersion(headers), DirectoryMapper.terms(body)));
  }

  @POST
  @Path("/needs/{needId}/close")
  @AllowedRoles({Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "closeNeed",
      summary = "Close a need, whatever stage it reached (its VCFSE)")
  @APIResponse(
      responseCode = "200",
      description = "Closed",
      content = @Content(schema = @Schema(implementation = NeedResponse.class)))
  public Response closeNeed(
      @PathParam("needId") String needId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch) {
    return needResponse(noticeboard.close(needId, Versions.expectedVersion(headers)));
  }

  // ---- pledges ---------------------------------------------------------------------------

  @POST
  @Path("/needs/{needId}/pledges")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.SUPPLIER)
  @Operation(
      operationId = "createPledge",
      summary = "Pledge to meet a need, in whole or in part (a business)")
  @APIResponse(
      responseCode = "201",
      description = "Pledged",
      content = @Content(schema = @Schema(implementation = PledgeResponse.class)))
  public Response createPledge(
      @PathParam("needId") String needId, @NotNull @Valid PledgeRequest body) {
    Pledge pledge = noticeboard.pledge(needId, body.quantity, body.note, body.commitmentId);
    return Response.created(
            uri.getBaseUriBuilder().path("directory").path("pledges").path(pledge.id()).build())
        .tag(Versions.etag(pledge.version()))
        .entity(DirectoryMapper.pledge(pledge))
        .build();
  }

  @GET
  @Path("/needs/{needId}/pledges")
  @AllowedRoles({Roles.VCFSE, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listNeedPledges",
      summary = "A need's pledges you may see (the need's VCFSE sees all; a business its own)")
  public Page<PledgeResponse> listPledges(@PathParam("needId") String needId) {
    return new Page<>(
        noticeboard.pledgesOf(needId).stream().map(DirectoryMapper::pledge).toList(), null);
  }

  @GET
  @Path("/pledges/{pledgeId}")
  @AllowedRoles({Roles.VCFSE, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getPledge",
      summary = "A pledge (its business, the need's VCFSE, admins)")
  @APIResponse(
      responseCode = "200",
      description = "The pledge",
      content = @Content(schema = @Schema(implementation = PledgeResponse.class)))
  public Response getPledge(@PathParam("pledgeId") String pledgeId) {
    Pledge p = noticeboard.pledgeById(pledgeId);
    return Response.ok(DirectoryMapper.pledge(p)).tag(Versions.etag(p.version())).build();
  }

  @POST
  @Path("/pledges/{pledgeId}/delivery")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles(Roles.SUPPLIER)
  @Operation(
      operationId = "recordPledgeDelivery",
      summary =
          "Record what a pledge delivered (its business); the need is met when deliveries cover it")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = PledgeResponse.class)))
  public Response recordDelivery(
      @PathParam("pledgeId") String pledgeId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid PledgeDeliveryRequest body) {
    Pledge p =
        noticeboard.recordDelivery(
            pledgeId, Versions.expectedVersion(headers), body.deliveredQuantity, body.note);
    return Response.ok(DirectoryMapper.pledge(p)).tag(Versions.etag(p.version())).build();
  }

  private static Response needResponse(NeedView view) {
    return Response.ok(DirectoryMapper.need(view))
        .tag(Versions.etag(view.need().version()))
        .build();
  }

  private static Cursor cursor(Keyset.Ranked<?> r) {
    return Cursor.after(DirectorySearch.cursorOf(r).toArray(String[]::new));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
