package uk.svkit.api.recognition.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.recognition.application.AwardApplicationView;
import uk.svkit.api.recognition.application.AwardService;

/**
 * An award application: private to the applicant, the scheme's administrators and assessors;
 * decided by assessors.
 */
@Path("/award-applications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognitions")
public class AwardApplicationResource {
  @Inject AwardService awards;
  @Context HttpHeaders headers;

  @GET
  @Path("/{applicationId}")
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "getAwardApplication",
      summary =
          "Get an application with its evidence and decision (applicant, administrators, assessors)")
  @APIResponse(
      responseCode = "200",
      description = "The application",
      content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
  public Response get(@PathParam("applicationId") String id) {
    return ok(awards.get(id));
  }

  @POST
  @Path("/{applicationId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "decideAwardApplication",
      summary = "Award or refuse, with reasons (the scheme's assigned assessors only)",
      description =
          "Awarded, the award runs from decidedOn (default today) for the scheme's validity period: expiresOn = decidedOn + validityMonths,"
              + " clamped to the month's last day (2024-02-29 + 60 months = 2029-02-28); current until the day before expiresOn.")
  @APIResponse(
      responseCode = "200",
      description = "Decided",
      content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
  public Response decide(
      @PathParam("applicationId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "ETag of the application")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid AwardDecisionRequest body) {
    return ok(
        awards.decide(
            id, Versions.expectedVersion(headers), body.awarded, body.decidedOn, body.reasons));
  }

  private static Response ok(AwardApplicationView view) {
    return ETags.ok(RecognitionMapper.application(view), view.application().version());
  }
}
