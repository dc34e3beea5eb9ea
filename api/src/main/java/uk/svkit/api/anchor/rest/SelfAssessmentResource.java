package uk.svkit.api.anchor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.anchor.application.MaturityService;
import uk.svkit.api.anchor.domain.SelfAssessment;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * Commissioning-cycle maturity self-assessments: an organisation's own (another organisation's is
 * 404), its progression, and the anonymous benchmark against other organisations in a place.
 */
@Path("/self-assessments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class SelfAssessmentResource {
  @Inject MaturityService maturity;
  @Inject Paging paging;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "recordSelfAssessment",
      summary = "Record your organisation's self-assessment against a maturity model version",
      description =
          "Every statement of the model scored once on its scale, with optional evidence notes (422 otherwise);"
              + " a known ONS place code; not dated in the future.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
  public Response record(@NotNull @Valid RecordSelfAssessmentRequest body) {
    SelfAssessment a =
        maturity.assess(
            new MaturityService.NewAssessment(
                body.modelId, body.assessedOn, body.placeCode, AnchorMapper.scores(body.scores)));
    return ETags.created(
        uri.getAbsolutePathBuilder().path(a.id()).build(), AnchorMapper.assessment(a), a.version());
  }

  @GET
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "listSelfAssessments",
      summary = "List your organisation's self-assessments of a model, oldest first")
  public Page<AssessmentResponse> list(
      @QueryParam("modelId") @NotBlank @Size(max = 36) String modelId,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        maturity.assessments(
            modelId,
            after == null ? null : after.date(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        a -> Cursor.after(a.assessedOn().toString(), a.id()),
        AnchorMapper::assessment);
  }

  @GET
  @Path("/progression")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "getSelfAssessmentProgression",
      summary =
          "Your organisation's assessments of a model, oldest first, each with the change in every stage's score since the one before")
  @APIResponse(
      responseCode = "200",
      description = "The progression",
      content =
          @Content(schema = @Schema(implementation = SelfAssessmentProgressionResponse.class)))
  public SelfAssessmentProgressionResponse progression(
      @QueryParam("modelId") @NotBlank @Size(max = 36) String modelId) {
    return AnchorMapper.progression(modelId, maturity.progression(modelId));
  }

  @GET
  @Path("/benchmark")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "getSelfAssessmentBenchmark",
      summary =
          "Your latest assessment of a model against other organisations' latest ones in a place (anonymous)",
      description =
          "Peers are other organisations whose latest assessment of the model names the place; you are never among"
              + " them, and the median and quartiles are absent below minPeers.")
  @APIResponse(
      responseCode = "200",
      description = "The benchmark",
      content = @Content(schema = @Schema(implementation = MaturityPlaceBenchmarkResponse.class)))
  public MaturityPlaceBenchmarkResponse benchmark(
      @QueryParam("modelId") @NotBlank @Size(max = 36) String modelId,
      @QueryParam("placeCode")
          @NotBlank
          @Pattern(regexp = AnchorPatterns.PLACE, message = AnchorPatterns.PLACE_MESSAGE)
          String placeCode) {
    return AnchorMapper.placeBenchmark(maturity.benchmark(modelId, placeCode));
  }

  @GET
  @Path("/{assessmentId}")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "getSelfAssessment",
      summary = "Get one of your organisation's self-assessments")
  @APIResponse(
      responseCode = "200",
      description = "The self-assessment",
      content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
  public Response get(@PathParam("assessmentId") String id) {
    SelfAssessment a = maturity.assessment(id);
    return ETags.ok(AnchorMapper.assessment(a), a.version());
  }
}
