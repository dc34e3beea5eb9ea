package uk.svkit.api.anchor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import uk.svkit.api.anchor.domain.MaturityModel;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/** A programme's own maturity model versions, published by its administrators. */
@Path("/programmes/{programmeId}/maturity-models")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class ProgrammeMaturityModelResource {
  @Inject MaturityService maturity;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.VCFSE, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "publishMaturityModel",
      summary = "Publish the next version of a programme's maturity model (its administrators)",
      description =
          "Versions never change once published; a new code starts at version 1. The scale runs 1, 2, 3 …; every stage"
              + " (PLAN, PROCURE, MANAGE, REVIEW) needs a statement (422). A code of svkit's own model or another"
              + " programme's is 409.")
  @APIResponse(
      responseCode = "201",
      description = "Published",
      content = @Content(schema = @Schema(implementation = ModelResponse.class)))
  public Response publish(
      @PathParam("programmeId") String programmeId,
      @NotNull @Valid PublishMaturityModelRequest body) {
    MaturityModel m = maturity.publish(programmeId, AnchorMapper.newModel(body));
    return ETags.created(
        uri.getBaseUriBuilder().path("maturity-models").path(m.id()).build(),
        AnchorMapper.model(m),
        m.version());
  }
}
