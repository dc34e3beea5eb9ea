package uk.svkit.api.recognition.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.LinkedHashSet;
import java.util.List;
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
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.recognition.application.AwardApplicationView;
import uk.svkit.api.recognition.application.AwardService;
import uk.svkit.api.recognition.application.ProgrammeService;
import uk.svkit.api.recognition.application.SignatureService;
import uk.svkit.api.recognition.application.SignatureView;
import uk.svkit.api.recognition.domain.ApplicationStatus;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeKind;
import uk.svkit.api.recognition.domain.RecognitionAccess;
import uk.svkit.api.recognition.domain.Sector;

/**
 * Programmes and what hangs off them: the public lists of signatories and award holders, signing,
 * and an award round (applications in, assessors assigned).
 */
@Path("/programmes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognitions")
public class ProgrammeResource {
  private static final String IF_MATCH_DOC = "ETag of the version being changed";
  private static final String ORG_ROLES_DOC = "Any role acting for an organisation";

  @Inject ProgrammeService programmes;
  @Inject SignatureService signatures;
  @Inject AwardService awards;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @PublicAccess
  @Operation(
      operationId = "listProgrammes",
      summary = "List charters, pledges, frameworks and award schemes, by code (public)")
  public Page<ProgrammeResponse> list(
      @QueryParam("kind") ProgrammeKind kind, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 1);
    return paging.page(
        programmes.list(kind, after == null ? null : after.key(0), limit + 1),
        limit,
        uri,
        p -> Cursor.after(p.code()),
        this::dto);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "createProgramme",
      summary = "Define a programme (platform admins), naming the organisation that administers it",
      description =
          "Platform admins only. administeringOrganisationId names the organisation whose buyer and VCFSE users administer it"
              + " (without it, platform admins do). Award schemes have THEME elements and a validity period (default 60 months); charters, pledges and frameworks have PILLAR and PRINCIPLE elements.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
  public Response create(@NotNull @Valid CreateProgrammeRequest body) {
    Programme p =
        programmes.create(
            new ProgrammeService.NewProgramme(
                body.code,
                body.kind,
                body.name,
                body.administeringOrganisationId,
                body.administeredBy,
                body.summary,
                body.textUrl,
                body.programmeVersion,
                body.launchedOn,
                body.validityMonths,
                body.elements.stream()
                    .map(e -> new ProgrammeService.NewElement(e.code, e.kind, e.title, e.guidance))
                    .toList()));
    return ETags.created(uri.getAbsolutePathBuilder().path(p.id()).build(), dto(p), p.version());
  }

  @GET
  @Path("/{programmeId}")
  @PublicAccess
  @Operation(
      operationId = "getProgramme",
      summary = "Get a programme with its themes, pillars and principles (public)")
  @APIResponse(
      responseCode = "200",
      description = "The programme",
      content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
  public Response get(@PathParam("programmeId") String id) {
    Programme p = programmes.get(id);
    return ETags.ok(dto(p), p.version());
  }

  @PUT
  @Path("/{programmeId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "updateProgramme",
      summary = "Revise a programme's description and text version (its administrators only)",
      description =
          "Themes, pillars and principles cannot change. Signatures and awards keep the version they were made under;"
              + " a new validity period applies to awards decided from now on.")
  @APIResponse(
      responseCode = "200",
      description = "Revised",
      content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
  public Response update(
      @PathParam("programmeId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid UpdateProgrammeRequest body) {
    Programme p =
        programmes.revise(
            id,
            Versions.expectedVersion(headers),
            new ProgrammeService.Revision(
                body.name,
                body.administeredBy,
                body.summary,
                body.textUrl,
                body.programmeVersion,
                body.launchedOn,
                body.validityMonths));
    return ETags.ok(dto(p), p.version());
  }

  @PUT
  @Path("/{programmeId}/assessors")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "assignAssessors",
      summary = "Set who decides an award scheme's applications (its administrators only)")
  @APIResponse(
      responseCode = "200",
      description = "Assigned",
      content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
  public Response assignAssessors(
      @PathParam("programmeId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid AssignAssessorsRequest body) {
    Programme p =
        programmes.assignAssessors(
            id, Versions.expectedVersion(headers), new LinkedHashSet<>(body.assessors));
    return ETags.ok(dto(p), p.version());
  }

  // ---- signatures -----------------------------------------------------------------------

  @POST
  @Path("/{programmeId}/signatures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "signProgramme",
      summary = "Sign a charter, pledge or framework for your organisation",
      description =
          ORG_ROLES_DOC
              + ". An organisation signs for itself; the programme's administrators may record a signature for another"
              + " organisation (organisationId), which stays PENDING and public nowhere until that organisation confirms it."
              + " signedOn is never in the future nor before the programme existed (its launch date, else its creation).")
  @APIResponse(
      responseCode = "201",
      description = "Signed",
      content = @Content(schema = @Schema(implementation = SignatureResponse.class)))
  public Response sign(
      @PathParam("programmeId") String id, @NotNull @Valid SignProgrammeRequest body) {
    SignatureView view =
        signatures.sign(
            id,
            new SignatureService.NewSignature(
                body.organisationId,
                body.signedOn,
                body.signatoryName,
                body.signatoryRole,
                body.statement,
                body.placeCode,
                body.sector,
                body.commitments == null
                    ? List.of()
                    : body.commitments.stream()
                        .map(
                            c ->
                                new SignatureService.NewCommitment(
                                    c.elementCode, c.commitment, c.indicatorCode))
                        .toList()));
    return ETags.created(
        uri.getBaseUriBuilder().path("signatures").path(view.signature().id()).build(),
        RecognitionMapper.signature(view),
        view.signature().version());
  }

  @GET
  @Path("/{programmeId}/signatures")
  @PublicAccess
  @Operation(
      operationId = "listSignatures",
      summary = "The programme's signatories, by signing date (public)",
      description =
          "Signatures standing on asOf (default today), or with includeWithdrawn=true every signature ever recorded, withdrawn ones with their date and reason.")
  public Page<SignatureResponse> listSignatures(
      @PathParam("programmeId") String id,
      @Parameter(description = "Only this organisation's")
          @QueryParam("organisationId")
          @Size(max = 36)
          String organisationId,
      @Parameter(description = "ONS local authority code, e.g. E08000015 (Wirral)")
          @QueryParam("placeCode")
          @Size(max = 9)
          String placeCode,
      @QueryParam("sector") Sector sector,
      @QueryParam("includeWithdrawn") @DefaultValue("false") boolean includeWithdrawn,
      @Parameter(description = "The day (default today, UTC)") @QueryParam("asOf") @Size(max = 10)
          String asOf,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    List<SignatureView> rows =
        signatures.list(
            id,
            organisationId,
            placeCode,
            sector,
            includeWithdrawn,
            Params.date("asOf", asOf),
            after == null ? null : Params.cursorDate(after, 0),
            after == null ? null : after.key(1),
            limit + 1);
    return paging.page(
        rows,
        limit,
        uri,
        v -> Cursor.after(v.signature().signedOn().toString(), v.signature().id()),
        RecognitionMapper::signature);
  }

  // ---- awards ---------------------------------------------------------------------------

  @POST
  @Path("/{programmeId}/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "applyForAward",
      summary =
          "Apply for an award with evidence for every theme; a renewal names the award it renews",
      description =
          ORG_ROLES_DOC + ". One application awaiting a decision per organisation and scheme.")
  @APIResponse(
      responseCode = "201",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
  public Response apply(
      @PathParam("programmeId") String id, @NotNull @Valid ApplyForAwardRequest body) {
    AwardApplicationView view =
        awards.apply(
            id,
            new AwardService.NewApplication(
                body.placeCode,
                body.sector,
                body.contactName,
                body.renewalOf,
                body.evidence.stream()
                    .map(
                        e ->
                            new AwardService.NewEvidence(
                                e.themeCode, e.change, e.stakeholders, e.location, e.period))
                    .toList()));
    return ETags.created(
        uri.getBaseUriBuilder().path("award-applications").path(view.application().id()).build(),
        RecognitionMapper.application(view),
        view.application().version());
  }

  @GET
  @Path("/{programmeId}/applications")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "listAwardApplications",
      summary = "An award scheme's applications, oldest first (its administrators and assessors)")
  public Page<ApplicationResponse> listApplications(
      @PathParam("programmeId") String id,
      @QueryParam("status") ApplicationStatus status,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    if (after != null) {
      after.timestamp(0);
    }
    return paging.page(
        awards.list(
            id,
            status,
            after == null ? null : after.key(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        v -> Cursor.after(v.application().createdAt().toString(), v.application().id()),
        RecognitionMapper::application);
  }

  @GET
  @Path("/{programmeId}/awards")
  @PublicAccess
  @Operation(
      operationId = "listAwards",
      summary = "The scheme's award holders, soonest expiry first (public)",
      description =
          "Awards current on asOf (default today); includeExpired=true adds those that have expired by then; expiringWithinDays=N keeps current awards that stop being current within N days.")
  public Page<AwardResponse> listAwards(
      @PathParam("programmeId") String id,
      @Parameter(description = "Only this organisation's")
          @QueryParam("organisationId")
          @Size(max = 36)
          String organisationId,
      @Parameter(description = "ONS local authority code, e.g. E08000012 (Liverpool)")
          @QueryParam("placeCode")
          @Size(max = 9)
          String placeCode,
      @QueryParam("sector") Sector sector,
      @QueryParam("includeExpired") @DefaultValue("false") boolean includeExpired,
      @QueryParam("expiringWithinDays") @Min(0) @Max(3660) Integer expiringWithinDays,
      @Parameter(description = "The day (default today, UTC)") @QueryParam("asOf") @Size(max = 10)
          String asOf,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    List<AwardApplicationView> rows =
        awards.awards(
            id,
            organisationId,
            placeCode,
            sector,
            Params.date("asOf", asOf),
            includeExpired,
            expiringWithinDays,
            after == null ? null : Params.cursorDate(after, 0),
            after == null ? null : after.key(1),
            limit + 1);
    return paging.page(
        rows,
        limit,
        uri,
        v -> Cursor.after(v.application().expiresOn().toString(), v.application().id()),
        RecognitionMapper::award);
  }

  private ProgrammeResponse dto(Programme p) {
    var caller = RequestContext.currentCaller();
    return RecognitionMapper.programme(
        p, RecognitionAccess.administers(caller, p) || RecognitionAccess.assesses(caller, p));
  }
}
