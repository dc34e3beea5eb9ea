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
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.recognition.application.SignatureService;
import uk.svkit.api.recognition.application.SignatureView;

/**
 * One signature: public to read once confirmed; confirmed by the signing organisation when the
 * programme's administrators recorded it; withdrawn by the organisation or the administrators.
 */
@Path("/signatures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognitions")
public class SignatureResource {
  @Inject SignatureService signatures;
  @Context HttpHeaders headers;

  @GET
  @Path("/{signatureId}")
  @PublicAccess
  @Operation(operationId = "getSignature", summary = "Get a signature, withdrawn or not (public)")
  @APIResponse(
      responseCode = "200",
      description = "The signature",
      content = @Content(schema = @Schema(implementation = SignatureResponse.class)))
  public Response get(@PathParam("signatureId") String id) {
    return ok(signatures.get(id));
  }

  @POST
  @Path("/{signatureId}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.SUPPLIER,
    Roles.VCFSE,
    Roles.PLATFORM_ADMIN
  })
  @Operation(
      operationId = "withdrawSignature",
      summary = "Withdraw a signature; it stays on record with the date and reason")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn",
      content = @Content(schema = @Schema(implementation = SignatureResponse.class)))
  public Response withdraw(
      @PathParam("signatureId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "ETag of the signature")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid WithdrawSignatureRequest body) {
    return ok(
        signatures.withdraw(id, Versions.expectedVersion(headers), body.withdrawnOn, body.reason));
  }

  @POST
  @Path("/{signatureId}/confirmation")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.VCFSE})
  @Operation(
      operationId = "confirmSignature",
      summary =
          "Confirm a signature the programme's administrators recorded on your organisation's behalf; it then stands and is public")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed",
      content = @Content(schema = @Schema(implementation = SignatureResponse.class)))
  public Response confirm(
      @PathParam("signatureId") String id,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = "ETag of the signature")
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(signatures.confirm(id, Versions.expectedVersion(headers)));
  }

  private static Response ok(SignatureView view) {
    return ETags.ok(RecognitionMapper.signature(view), view.signature().version());
  }
}
