package uk.svkit.api.anchor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.anchor.application.MaturityService;
import uk.svkit.api.anchor.domain.MaturityModel;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.PublicAccess;

/** Commissioning-cycle maturity models, every version: public to read. */
@Path("/maturity-models")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anchor institutions")
public class MaturityModelResource {
  @Inject MaturityService maturity;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @PublicAccess
  @Operation(
      operationId = "listMaturityModels",
      summary =
          "List maturity models by code and version: svkit's own SVK-CCM and programmes' (public)")
  public Page<ModelResponse> list(@Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    Integer afterVersion = null;
    if (after != null) {
      try {
        afterVersion = Integer.valueOf(after.key(1));
      } catch (NumberFormatException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this list issued");
      }
    }
    return paging.page(
        maturity.models(after == null ? null : after.key(0), afterVersion, limit + 1),
        limit,
        uri,
        m -> Cursor.after(m.code(), Integer.toString(m.modelVersion())),
        AnchorMapper::model);
  }

  @GET
  @Path("/{modelId}")
  @PublicAccess
  @Operation(operationId = "getMaturityModel", summary = "Get a maturity model version (public)")
  @APIResponse(
      responseCode = "200",
      description = "The model",
      content = @Content(schema = @Schema(implementation = ModelResponse.class)))
  public Response get(@PathParam("modelId") String id) {
    MaturityModel m = maturity.model(id);
    return ETags.ok(AnchorMapper.model(m), m.version());
  }
}
