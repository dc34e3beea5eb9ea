package uk.svkit.api.procurement.rest;

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
import uk.svkit.api.procurement.application.QuestionSetService;
import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.QuestionSetStatus;
import uk.svkit.api.procurement.infrastructure.QuestionSetCsv;

/** A buyer's social value question sets: draft, publish, version, retire, export and share. */
@Path("/question-sets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Question sets")
public class QuestionSetResource {
  private static final String IF_MATCH_DOC = "ETag of the version being changed";

  @Inject QuestionSetService service;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER})
  @Operation(operationId = "createQuestionSet", summary = "Draft a new question set (version 1)")
  @APIResponse(
      responseCode = "201",
      description = "Drafted",
      content = @Content(schema = @Schema(implementation = QuestionSetResponse.class)))
  public Response create(@NotNull @Valid QuestionSetRequest body) {
    QuestionSetService.QuestionSetView view =
        service.create(
            body.frameworkCode,
            body.edition,
            body.title,
            body.description,
            ProcurementMapper.questions(body.questions));
    return created(view);
  }

  @GET
  @AllowedRoles({Roles.BUYER, Roles.EVALUATOR, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listQuestionSets",
      summary = "List your question sets and those shared with you, by title")
  public Page<QuestionSetResponse> list(
      @QueryParam("status") QuestionSetStatus status, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        service.list(
            status,
            after == null ? null : after.key(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        v -> Cursor.after(v.set().title(), v.set().id()),
        QuestionSetResource::dto);
  }

  @GET
  @Path("/{questionSetId}")
  @AllowedRoles({Roles.BUYER, Roles.EVALUATOR, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(operationId = "getQuestionSet", summary = "Get one version of a question set")
  @APIResponse(
      responseCode = "200",
      description = "The question set",
      content = @Content(schema = @Schema(implementation = QuestionSetResponse.class)))
  public Response get(@PathParam("questionSetId") String id) {
    return ok(service.get(id));
  }

  @PUT
  @Path("/{questionSetId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "updateQuestionSet",
      summary = "Replace a draft's title, framework edition and questions")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = QuestionSetResponse.class)))
  public Response update(
      @PathParam("questionSetId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid QuestionSetRequest body) {
    return ok(
        service.update(
            id,
            Versions.expectedVersion(headers),
            body.frameworkCode,
            body.edition,
            body.title,
            body.description,
            ProcurementMapper.questions(body.questions)));
  }

  @POST
  @Path("/{questionSetId}/publish")
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "publishQuestionSet",
      summary = "Publish a draft, freezing it",
      description =
          "Checks that weights add up to 100 %, every commitment question names a measure of the edition, every"
              + " method statement has a limit, single-choice questions have options, links exist and rubrics are complete;"
              + " a 422 lists every problem by field.")
  @APIResponse(
      responseCode = "200",
      description = "Published",
      content = @Content(schema = @Schema(implementation = QuestionSetResponse.class)))
  public Response publish(
      @PathParam("questionSetId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(service.publish(id, Versions.expectedVersion(headers)));
  }

  @POST
  @Path("/{questionSetId}/retire")
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "retireQuestionSet",
      summary = "Retire a published version: no new tenders can use it")
  @APIResponse(
      responseCode = "200",
      description = "Retired",
      content = @Content(schema = @Schema(implementation = QuestionSetResponse.class)))
  public Response retire(
      @PathParam("questionSetId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(service.retire(id, Versions.expectedVersion(headers)));
  }

  @POST
  @Path("/{questionSetId}/versions")
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "createQuestionSetVersion",
      summary = "Start the next version of a published question set, as a draft copy")
  @APIResponse(
      responseCode = "201",
      description = "Drafted",
      content = @Content(schema = @Schema(implementation = QuestionSetResponse.class)))
  public Response newVersion(@PathParam("questionSetId") String id) {
    return created(service.newVersion(id));
  }

  @GET
  @Path("/{questionSetId}/export")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @AllowedRoles({Roles.BUYER, Roles.EVALUATOR, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "exportQuestionSet",
      summary = "Export a published version as JSON or CSV (by Accept) for an e-tendering system",
      description =
          "CSV columns: "
              + "questionSetId, seriesId, versionNumber, title, frameworkCode, edition, key, type, text, guidance, weight,"
              + " measureCode, unitLabel, maxCharacters, maxWords, options, links, rubric; lists joined with '|', rubric levels as score=descriptor.")
  @APIResponse(
      responseCode = "200",
      description = "The published version",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionSetResponse.class)),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
      })
  public Response export(@PathParam("questionSetId") String id) {
    QuestionSetService.QuestionSetView view = service.get(id);
    QuestionSet set = view.set();
    set.requireReleased("Only a published version can be exported; this one is still a draft.");
    boolean csv =
        headers.getAcceptableMediaTypes().stream()
            .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("csv"));
    if (csv) {
      String file = QuestionSetCsv.write(set, view.edition(), view.measures());
      return Response.ok(file, "text/csv; charset=UTF-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"question-set-"
                  + set.seriesId()
                  + "-v"
                  + set.versionNumber()
                  + ".csv\"")
          .build();
    }
    return Response.ok(dto(view), MediaType.APPLICATION_JSON_TYPE)
        .tag(Versions.etag(set.version()))
        .build();
  }

  @PUT
  @Path("/{questionSetId}/shares/{organisationId}")
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "shareQuestionSet",
      summary = "Share a published version with another organisation, read-only")
  @APIResponse(responseCode = "204", description = "Shared")
  public Response share(
      @PathParam("questionSetId") String id, @PathParam("organisationId") String organisationId) {
    service.share(id, organisationId);
    return Response.noContent().build();
  }

  @DELETE
  @Path("/{questionSetId}/shares/{organisationId}")
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "unshareQuestionSet",
      summary = "Stop sharing a question set with an organisation")
  @APIResponse(responseCode = "204", description = "No longer shared")
  public Response unshare(
      @PathParam("questionSetId") String id, @PathParam("organisationId") String organisationId) {
    service.unshare(id, organisationId);
    return Response.noContent().build();
  }

  private Response ok(QuestionSetService.QuestionSetView view) {
    return ETags.ok(dto(view), view.set().version());
  }

  private Response created(QuestionSetService.QuestionSetView view) {
    return ETags.created(
        uri.getBaseUriBuilder().path("question-sets").path(view.set().id()).build(),
        dto(view),
        view.set().version());
  }

  private static QuestionSetResponse dto(QuestionSetService.QuestionSetView view) {
    return ProcurementMapper.questionSet(view.set(), view.edition(), view.measures());
  }
}
