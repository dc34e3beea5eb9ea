package uk.svkit.api.recognition.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.recognition.application.RecognitionService;

/**
 * An organisation's recognitions, where commissioners look organisations up. Lives here rather than
 * in the organisation context because recognition uses organisation, not the other way round.
 */
@Path("/organisations/{organisationId}/recognitions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognitions")
public class OrganisationRecognitionResource {
  @Inject RecognitionService recognitions;
  @Context UriInfo uri;

  @GET
  @PublicAccess
  @Operation(
      operationId = "getRecognitions",
      summary =
          "The charters, pledges and frameworks an organisation has signed and the awards it holds, dated and sourced (public)",
      description =
          "Signatures standing and awards current on asOf (default today, UTC); expired awards and withdrawn signatures are not listed.")
  @APIResponse(
      responseCode = "200",
      description = "The recognitions",
      content = @Content(schema = @Schema(implementation = RecognitionsResponse.class)))
  public RecognitionsResponse get(
      @PathParam("organisationId") String organisationId,
      @Parameter(description = "The day (default today, UTC)") @QueryParam("asOf") @Size(max = 10)
          String asOf) {
    return RecognitionMapper.recognitions(
        recognitions.of(organisationId, Params.date("asOf", asOf)), uri);
  }
}
