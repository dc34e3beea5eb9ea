package uk.svkit.api.procurement.rest;

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
import java.util.LinkedHashSet;
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
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.procurement.application.EvaluationService;
import uk.svkit.api.procurement.application.QuestionSetService;
import uk.svkit.api.procurement.application.TenderService;
import uk.svkit.api.procurement.application.TenderView;
import uk.svkit.api.procurement.domain.TenderStatus;

/** Tenders: the social value part of a buyer's tender, its evaluators, evaluation and award. */
@Path("/tenders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class TenderResource {
  private static final String IF_MATCH_DOC = "ETag of the version being changed";

  @Inject TenderService service;
  @Inject EvaluationService evaluations;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "createTender",
      summary = "Record a tender and bind a published question set to it")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TenderResponse.class)))
  public Response create(@NotNull @Valid CreateTenderRequest body) {
    TenderView view =
        service.create(
            new TenderService.NewTender(
                body.buyerTenderId,
                body.ocid,
                body.title,
                body.questionSetId,
                body.proxySetId,
                body.socialValueWeighting,
                new Money(body.contractValue, body.currency == null ? "GBP" : body.currency),
                body.deadline));
    return ETags.created(
        uri.getAbsolutePathBuilder().path(view.tender().id()).build(),
        ProcurementMapper.tender(view),
        view.tender().version());
  }

  @GET
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "listTenders",
      summary = "List the tenders you may see, by deadline",
      description =
          "Buyers see their own, evaluators those they are assigned to, suppliers open tenders and those they bid on.")
  public Page<TenderResponse> list(
      @QueryParam("status") TenderStatus status, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        service.list(
            status,
            after == null ? null : after.timestamp(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        v -> Cursor.after(v.tender().deadline().toString(), v.tender().id()),
        ProcurementMapper::tender);
  }

  @GET
  @Path("/{tenderId}")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.PLATFORM_ADMIN
  })
  @Operation(operationId = "getTender", summary = "Get a tender")
  @APIResponse(
      responseCode = "200",
      description = "The tender",
      content = @Content(schema = @Schema(implementation = TenderResponse.class)))
  public Response get(@PathParam("tenderId") String id) {
    return ok(service.get(id));
  }

  @GET
  @Path("/{tenderId}/question-set")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "getTenderQuestionSet",
      summary = "The question-set version the tender asks bidders to answer")
  @APIResponse(
      responseCode = "200",
      description = "The question set",
      content = @Content(schema = @Schema(implementation = QuestionSetResponse.class)))
  public Response questionSet(@PathParam("tenderId") String id) {
    QuestionSetService.QuestionSetView view = service.questionSetView(id);
    return Response.ok(ProcurementMapper.questionSet(view.set(), view.edition(), view.measures()))
        .build();
  }

  @PUT
  @Path("/{tenderId}/deadline")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "changeTenderDeadline",
      summary = "Move the deadline of an open tender (to a time in the future)")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = TenderResponse.class)))
  public Response changeDeadline(
      @PathParam("tenderId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid ChangeDeadlineRequest body) {
    return ok(service.changeDeadline(id, Versions.expectedVersion(headers), body.deadline));
  }

  @PUT
  @Path("/{tenderId}/evaluators")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER})
  @Operation(operationId = "assignEvaluators", summary = "Set who evaluates the tender's bids")
  @APIResponse(
      responseCode = "200",
      description = "Assigned",
      content = @Content(schema = @Schema(implementation = TenderResponse.class)))
  public Response assignEvaluators(
      @PathParam("tenderId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid AssignEvaluatorsRequest body) {
    return ok(
        service.assignEvaluators(
            id, Versions.expectedVersion(headers), new LinkedHashSet<>(body.evaluators)));
  }

  @GET
  @Path("/{tenderId}/evaluation")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.EVALUATOR, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getEvaluation",
      summary =
          "Evaluate every bid: final scores, weighted score, £ value with its trace, value per £, ranking and flags",
      description =
          "Available after the deadline to the buyer and the assigned evaluators. Answers without a final score count 0 and are flagged.")
  @APIResponse(
      responseCode = "200",
      description = "The evaluation",
      content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
  public EvaluationResponse evaluation(@PathParam("tenderId") String id) {
    EvaluationService.Evaluated evaluated = evaluations.evaluate(id);
    return ProcurementMapper.evaluation(evaluated.tender(), evaluated.result());
  }

  @POST
  @Path("/{tenderId}/award")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "awardTender",
      summary = "Award the tender to a bid once every answer has a final score")
  @APIResponse(
      responseCode = "200",
      description = "Awarded",
      content = @Content(schema = @Schema(implementation = TenderResponse.class)))
  public Response award(
      @PathParam("tenderId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid AwardRequest body) {
    return ok(service.award(id, Versions.expectedVersion(headers), body.bidId));
  }

  private static Response ok(TenderView view) {
    return ETags.ok(ProcurementMapper.tender(view), view.tender().version());
  }
}
