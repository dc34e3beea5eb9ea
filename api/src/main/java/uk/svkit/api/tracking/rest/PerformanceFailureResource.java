package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.tracking.application.AssessmentService;
import uk.svkit.api.tracking.domain.PerformanceFailure;

/** Performance failures and breaches recorded against a contract or one of its KPIs. */
@Path("/contracts/{contractId}/performance-failures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class PerformanceFailureResource {
  @Inject AssessmentService assessments;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "recordPerformanceFailure",
      summary = "Record a performance failure or breach against a KPI or the whole contract",
      description = "Reported by the Contract Performance Notice whose period includes its date.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = PerformanceFailureResponse.class)))
  public Response record(
      @PathParam("contractId") String contractId,
      @NotNull @Valid RecordPerformanceFailureRequest body) {
    PerformanceFailure f =
        assessments.recordFailure(
            contractId,
            body.commitmentId,
            body.occurredOn,
            body.description,
            body.remedy,
            body.status);
    return ETags.created(
        uri.getBaseUriBuilder()
            .path("contracts")
            .path(contractId)
            .path("performance-failures")
            .path(f.id())
            .build(),
        ContractLifeMapper.failure(f),
        f.version());
  }

  @GET
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listPerformanceFailures",
      summary = "A contract's performance failures, oldest first",
      description = "Not paged: a contract has few; each is bounded in size.")
  public List<PerformanceFailureResponse> list(@PathParam("contractId") String contractId) {
    return assessments.failures(contractId).stream().map(ContractLifeMapper::failure).toList();
  }

  @PUT
  @Path("/{failureId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "followUpPerformanceFailure",
      summary = "Update a failure's remedy and status (OPEN, REMEDIED, CLOSED)")
  @APIResponse(
      responseCode = "200",
      description = "The failure",
      content = @Content(schema = @Schema(implementation = PerformanceFailureResponse.class)))
  public Response followUp(
      @PathParam("contractId") String contractId,
      @PathParam("failureId") String failureId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "ETag of the failure, from its last read")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid FollowUpPerformanceFailureRequest body) {
    PerformanceFailure f =
        assessments.followUpFailure(
            contractId, failureId, Versions.expectedVersion(headers), body.remedy, body.status);
    return ETags.ok(ContractLifeMapper.failure(f), f.version());
  }
}
