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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.procurement.application.BidRevisionsView;
import uk.svkit.api.procurement.application.BidService;
import uk.svkit.api.procurement.application.BidView;
import uk.svkit.api.procurement.application.EvaluationService;
import uk.svkit.api.procurement.domain.AnswerScore;

/** Bids on a tender, their revision history, and the scores and moderations of their answers. */
@Path("/tenders/{tenderId}/bids")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class BidResource {
  private static final String IF_MATCH_DOC = "ETag of the version being changed";

  @Inject BidService bids;
  @Inject EvaluationService evaluations;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.SUPPLIER})
  @Operation(
      operationId = "submitBid",
      summary = "Submit your organisation's bid: the price and an answer to every question",
      description =
          "One bid per supplier and tender; revise it until the deadline. Bids stay sealed until the deadline.")
  @APIResponse(
      responseCode = "201",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = BidResponse.class)))
  public Response submit(@PathParam("tenderId") String tenderId, @NotNull @Valid BidRequest body) {
    BidView view = bids.submit(tenderId, body.price, ProcurementMapper.answers(body.answers));
    return ETags.created(
        uri.getAbsolutePathBuilder().path(view.bid().id()).build(),
        ProcurementMapper.bid(view),
        view.bid().version());
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
      operationId = "listBids",
      summary = "List the tender's bids you may see",
      description =
          "Suppliers see their own bid; the buyer and assigned evaluators see every bid once the deadline has passed (409 before).")
  public Page<BidResponse> list(
      @PathParam("tenderId") String tenderId, @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 1);
    return paging.page(
        bids.list(tenderId, after == null ? null : after.key(0), limit + 1),
        limit,
        uri,
        v -> Cursor.after(v.bid().id()),
        ProcurementMapper::bid);
  }

  @GET
  @Path("/{bidId}")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.PLATFORM_ADMIN
  })
  @Operation(operationId = "getBid", summary = "Get a bid")
  @APIResponse(
      responseCode = "200",
      description = "The bid",
      content = @Content(schema = @Schema(implementation = BidResponse.class)))
  public Response get(@PathParam("tenderId") String tenderId, @PathParam("bidId") String bidId) {
    return ok(bids.get(tenderId, bidId));
  }

  @PUT
  @Path("/{bidId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.SUPPLIER})
  @Operation(
      operationId = "reviseBid",
      summary = "Revise your bid before the deadline; every revision is kept")
  @APIResponse(
      responseCode = "200",
      description = "Revised",
      content = @Content(schema = @Schema(implementation = BidResponse.class)))
  public Response revise(
      @PathParam("tenderId") String tenderId,
      @PathParam("bidId") String bidId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid BidRequest body) {
    return ok(
        bids.revise(
            tenderId,
            bidId,
            Versions.expectedVersion(headers),
            body.price,
            ProcurementMapper.answers(body.answers)));
  }

  @GET
  @Path("/{bidId}/revisions")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "listBidRevisions",
      summary = "Every submitted revision of a bid, oldest first")
  public List<BidRevisionResponse> revisions(
      @PathParam("tenderId") String tenderId, @PathParam("bidId") String bidId) {
    BidRevisionsView view = bids.revisions(tenderId, bidId);
    return view.revisions().stream()
        .map(r -> ProcurementMapper.revision(r, view.measures()))
        .toList();
  }

  @PUT
  @Path("/{bidId}/scores/{questionKey}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.EVALUATOR})
  @Operation(
      operationId = "scoreAnswer",
      summary = "Give (or change) your score of one answer, as an assigned evaluator")
  @APIResponse(
      responseCode = "200",
      description = "Scored",
      content = @Content(schema = @Schema(implementation = ScoreResponse.class)))
  public ScoreResponse score(
      @PathParam("tenderId") String tenderId,
      @PathParam("bidId") String bidId,
      @PathParam("questionKey") String questionKey,
      @NotNull @Valid ScoreRequest body) {
    return ProcurementMapper.score(
        evaluations.score(tenderId, bidId, questionKey, body.score, body.comment));
  }

  @PUT
  @Path("/{bidId}/moderations/{questionKey}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "moderateAnswer",
      summary = "Set the moderated final score of one answer, with the rationale")
  @APIResponse(
      responseCode = "200",
      description = "Moderated",
      content = @Content(schema = @Schema(implementation = ModerationResponse.class)))
  public ModerationResponse moderate(
      @PathParam("tenderId") String tenderId,
      @PathParam("bidId") String bidId,
      @PathParam("questionKey") String questionKey,
      @NotNull @Valid ModerationRequest body) {
    return ProcurementMapper.moderation(
        evaluations.moderate(tenderId, bidId, questionKey, body.score, body.rationale));
  }

  @GET
  @Path("/{bidId}/scores")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.EVALUATOR, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getBidScores",
      summary = "Every evaluator's scores and the moderations of a bid's answers")
  public BidScoresResponse scores(
      @PathParam("tenderId") String tenderId, @PathParam("bidId") String bidId) {
    List<AnswerScore> all = evaluations.scoresOf(tenderId, bidId);
    return ProcurementMapper.bidScores(bidId, all);
  }

  private static Response ok(BidView view) {
    return ETags.ok(ProcurementMapper.bid(view), view.bid().version());
  }
}
