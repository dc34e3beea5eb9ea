package uk.svkit.api.tracking.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import uk.svkit.api.tracking.application.AssessmentService;
import uk.svkit.api.tracking.application.AssessmentView;
import uk.svkit.api.tracking.infrastructure.PerformanceNotices;

/**
 * Contract Performance Notices (Procurement Act 2023 s.71): a contract's assessments, their review
 * and publication, and each published notice as OCDS, JSON or CSV for Find a Tender.
 */
@Path("/contracts/{contractId}/assessments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class AssessmentResource {
  private static final String IF_MATCH = "ETag of the assessment, from its last read";

  @Inject AssessmentService assessments;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "createAssessment",
      summary = "Start a Contract Performance Notice: a draft with each KPI's proposed rating",
      description =
          "The period lies within the contract and lasts at most 12 months; onTermination ends it"
              + " on the termination date. Each KPI in force in the period is rated on validated"
              + " delivery reported for periods starting within it against what the targets then in"
              + " force expected, with the thresholds of the progress ratings. With"
              + " supersedesAssessmentId it is the correction of a published assessment (same"
              + " period), which it supersedes when published.")
  @APIResponse(
      responseCode = "201",
      description = "The draft",
      content = @Content(schema = @Schema(implementation = Assessment.class)))
  public Response create(
      @PathParam("contractId") String contractId, @NotNull @Valid CreateAssessmentRequest body) {
    AssessmentView view =
        assessments.create(
            contractId,
            body.periodStart,
            body.periodEnd,
            Boolean.TRUE.equals(body.onTermination),
            body.supersedesAssessmentId);
    return ETags.created(
        uri.getBaseUriBuilder()
            .path("contracts")
            .path(contractId)
            .path("assessments")
            .path(view.assessment().id())
            .build(),
        dto(view),
        view.assessment().version());
  }

  @GET
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listAssessments",
      summary = "A contract's assessments by period end (the supplier sees published ones)")
  public Page<Assessment> list(
      @PathParam("contractId") String contractId, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        assessments.list(
            contractId,
            after == null ? null : after.date(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        a -> Cursor.after(a.periodEnd().toString(), a.id()),
        a -> ContractLifeMapper.assessment(a, null));
  }

  @GET
  @Path("/{assessmentId}")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(operationId = "getAssessment", summary = "Get an assessment")
  @APIResponse(
      responseCode = "200",
      description = "The assessment",
      content = @Content(schema = @Schema(implementation = Assessment.class)))
  public Response get(
      @PathParam("contractId") String contractId, @PathParam("assessmentId") String assessmentId) {
    AssessmentView view = assessments.get(contractId, assessmentId);
    return ETags.ok(dto(view), view.assessment().version());
  }

  @PUT
  @Path("/{assessmentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "reviewAssessment",
      summary = "Override ratings (with the reason) and write the narrative of a draft",
      description = "A published assessment cannot change (409): correct it with a new one.")
  @APIResponse(
      responseCode = "200",
      description = "The draft",
      content = @Content(schema = @Schema(implementation = Assessment.class)))
  public Response review(
      @PathParam("contractId") String contractId,
      @PathParam("assessmentId") String assessmentId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid ReviewAssessmentRequest body) {
    AssessmentView view =
        assessments.review(
            contractId,
            assessmentId,
            Versions.expectedVersion(headers),
            body.narrative,
            ContractLifeMapper.ratings(body.ratings));
    return ETags.ok(dto(view), view.assessment().version());
  }

  @POST
  @Path("/{assessmentId}/publish")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "publishAssessment",
      summary = "Publish a draft: it becomes immutable, with the period's performance failures")
  @APIResponse(
      responseCode = "200",
      description = "The published assessment",
      content = @Content(schema = @Schema(implementation = Assessment.class)))
  public Response publish(
      @PathParam("contractId") String contractId,
      @PathParam("assessmentId") String assessmentId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH)
          @HeaderParam("If-Match")
          String ifMatch) {
    AssessmentView view =
        assessments.publish(contractId, assessmentId, Versions.expectedVersion(headers));
    return ETags.ok(dto(view), view.assessment().version());
  }

  @GET
  @Path("/{assessmentId}/ocds")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "exportAssessmentOcds",
      summary =
          "A published notice as an OCDS release: KPI observations rated with the UK extension's"
              + " measureClassification, performance failures, an implementationNotice document")
  @APIResponse(
      responseCode = "200",
      description = "An OCDS 1.1 release",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response ocds(
      @PathParam("contractId") String contractId, @PathParam("assessmentId") String assessmentId) {
    return Response.ok(
            assessments.publishedOcds(contractId, assessmentId), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @GET
  @Path("/{assessmentId}/notice.csv")
  @Produces("text/csv")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "exportAssessmentCsv",
      summary = "A published notice's fields as CSV (a row per KPI, failure and the narrative)")
  @APIResponse(
      responseCode = "200",
      description = "CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv(
      @PathParam("contractId") String contractId, @PathParam("assessmentId") String assessmentId) {
    AssessmentView view = assessments.published(contractId, assessmentId);
    return Response.ok(
            PerformanceNotices.performanceNoticeCsv(view.contract(), view.assessment()),
            "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"performance-notice-" + assessmentId + ".csv\"")
        .build();
  }

  private static Assessment dto(AssessmentView view) {
    return ContractLifeMapper.assessment(view.assessment(), view.ocid());
  }
}
