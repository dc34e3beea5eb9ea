package uk.svkit.api.recognition.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.recognition.application.AwardService;

/** One award, public: who holds it, from when and until when (no evidence, no reasons). */
@Path("/awards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognitions")
public class AwardResource {
  @Inject AwardService awards;

  @GET
  @Path("/{awardId}")
  @PublicAccess
  @Operation(operationId = "getAward", summary = "Get an award and whether it is current (public)")
  @APIResponse(
      responseCode = "200",
      description = "The award",
      content = @Content(schema = @Schema(implementation = AwardResponse.class)))
  public AwardResponse get(
      @PathParam("awardId") String id,
      @Parameter(description = "The day to judge currency on (default today, UTC)")
          @QueryParam("asOf")
          @Size(max = 10)
          String asOf) {
    return RecognitionMapper.award(awards.award(id, Params.date("asOf", asOf)));
  }
}
