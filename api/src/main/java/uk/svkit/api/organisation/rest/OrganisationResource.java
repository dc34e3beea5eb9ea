package uk.svkit.api.organisation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.Organisation;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/** Organisations: registered by platform admins, readable by every authenticated caller. */
@Path("/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {
  @Inject OrganisationService service;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context Request request;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.PLATFORM_ADMIN)
  @Operation(operationId = "createOrganisation", summary = "Register an organisation")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  public Response create(@NotNull @Valid CreateOrganisationRequest body) {
    Set<OrganisationRole> roles =
        body.roles.stream()
            .map(OrganisationRole::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationRole.class)));
    Organisation created =
        service.register(body.name, roles, body.identifier, body.otherIdentifiers);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(created.id()).build(),
        OrganisationResponse.of(created),
        created.version());
  }

  @GET
  @Operation(operationId = "listOrganisations", summary = "List organisations by name")
  public Page<OrganisationResponse> list(
      @QueryParam("q")
          @Size(max = 200)
          @Parameter(description = "Part of the name, or an exact identifier")
          String text,
      @QueryParam("role")
          @Pattern(regexp = "BUYER|SUPPLIER|VCFSE", message = "must be BUYER, SUPPLIER or VCFSE")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"BUYER", "SUPPLIER", "VCFSE"}))
          String role,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        service.list(
            text == null || text.isBlank() ? null : text.trim(),
            role == null ? null : OrganisationRole.valueOf(role),
            after == null ? null : after.key(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        o -> Cursor.after(o.nameKey(), o.id()),
        OrganisationResponse::of);
  }

  @GET
  @Path("/me")
  @Operation(
      operationId = "getMyOrganisation",
      summary = "The organisation the caller's token acts for")
  @APIResponse(
      responseCode = "200",
      description = "The caller's organisation",
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  public Response mine() {
    return withETag(service.mine());
  }

  @GET
  @Path("/{organisationId}")
  @Operation(operationId = "getOrganisation", summary = "Get an organisation")
  @APIResponse(
      responseCode = "200",
      description = "The organisation",
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  public Response get(@PathParam("organisationId") String id) {
    return withETag(service.get(id));
  }

  @PUT
  @Path("/{organisationId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateOrganisation",
      summary = "Change an organisation's name and other identifiers")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  public Response update(
      @PathParam("organisationId") String id,
      @Parameter(
              name = "If-Match",
              in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
              required = true,
              description = "ETag of the version being changed")
          @jakarta.ws.rs.HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid UpdateOrganisationRequest body) {
    long expected = Versions.expectedVersion(headers);
    Organisation updated = service.update(id, expected, body.name, body.otherIdentifiers);
    return ETags.ok(OrganisationResponse.of(updated), updated.version());
  }

  private Response withETag(Organisation organisation) {
    Response notModified = Versions.notModified(request, organisation.version());
    if (notModified != null) {
      return notModified;
    }
    return ETags.ok(OrganisationResponse.of(organisation), organisation.version());
  }
}
