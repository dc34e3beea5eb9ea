package uk.svkit.api.framework.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.infrastructure.ProxySetCsv;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * Proxy value sets: loaded by buyers (private to them); the shipped illustrative set is visible to
 * all.
 */
@Path("/proxy-sets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class ProxySetResource {
  @Inject FrameworkService service;
  @Inject Paging paging;
  @Inject jakarta.validation.Validator validator;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "createProxySet",
      summary = "Load a proxy value set for a framework edition")
  @APIResponse(
      responseCode = "201",
      description = "Loaded",
      content = @Content(schema = @Schema(implementation = ProxySetResponse.class)))
  public Response create(@NotNull @Valid CreateProxySetRequest body) {
    FrameworkService.ProxySetView loaded =
        service.loadProxySet(
            body.frameworkCode,
            body.edition,
            body.name,
            body.currency,
            body.priceYear,
            body.source,
            body.licenceNote,
            body.values.stream()
                .map(
                    v ->
                        new FrameworkService.ProxyValueInput(
                            v.measureCode, v.valuePerUnit, v.multiplier))
                .toList());
    return ETags.created(
        uri.getAbsolutePathBuilder().path(loaded.set().id()).build(),
        dto(loaded),
        loaded.set().version());
  }

  @POST
  @Consumes("text/csv")
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "importProxySetCsv",
      summary = "Load a proxy value set from CSV",
      description =
          "Columns frameworkCode, edition, name, currency, priceYear, source, licenceNote, measureCode,"
              + " valuePerUnit and optionally multiplier; one row per measure, the set's details repeated on every row."
              + " Every problem is reported by line and nothing is loaded unless the whole file is valid.")
  @APIResponse(
      responseCode = "201",
      description = "Loaded",
      content = @Content(schema = @Schema(implementation = ProxySetResponse.class)))
  public Response importCsv(@NotNull @Size(max = 1_000_000) String csv) {
    ProxySetCsv.Parsed parsed = ProxySetCsv.parse(csv);
    int priceYear;
    try {
      priceYear = Integer.parseInt(parsed.get("priceYear"));
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(
          "priceYear", "'" + parsed.get("priceYear") + "' is not a year");
    }
    CreateProxySetRequest body = new CreateProxySetRequest();
    body.frameworkCode = parsed.get("frameworkCode");
    body.edition = parsed.get("edition");
    body.name = parsed.get("name");
    body.currency = parsed.get("currency");
    body.priceYear = priceYear;
    body.source = parsed.get("source");
    body.licenceNote = parsed.get("licenceNote");
    body.values =
        parsed.values().stream()
            .map(
                v -> {
                  ProxyValueRequest dto = new ProxyValueRequest();
                  dto.measureCode = v.measureCode();
                  dto.valuePerUnit = v.valuePerUnit();
                  dto.multiplier = v.multiplier();
                  return dto;
                })
            .toList();
    // The same constraints as the JSON form, checked the same way.
    java.util.Set<jakarta.validation.ConstraintViolation<CreateProxySetRequest>> violations =
        validator.validate(body);
    if (!violations.isEmpty()) {
      throw new jakarta.validation.ConstraintViolationException(violations);
    }
    return create(body);
  }

  @GET
  @Operation(
      operationId = "listProxySets",
      summary = "List the proxy sets the caller may use, by name")
  public Page<ProxySetResponse> list(@Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        service.proxySets(
            after == null ? null : after.key(0), after == null ? null : after.key(1), limit + 1),
        limit,
        uri,
        v -> Cursor.after(v.set().name(), v.set().id()),
        ProxySetResource::dto);
  }

  @GET
  @Path("/{proxySetId}")
  @Operation(operationId = "getProxySet", summary = "Get a proxy set with its values")
  @APIResponse(
      responseCode = "200",
      description = "The proxy set",
      content = @Content(schema = @Schema(implementation = ProxySetResponse.class)))
  public Response get(@PathParam("proxySetId") String id) {
    FrameworkService.ProxySetView view = service.proxySetView(id);
    return ETags.ok(dto(view), view.set().version());
  }

  private static ProxySetResponse dto(FrameworkService.ProxySetView view) {
    return FrameworkMapper.proxySet(view.set(), view.edition());
  }
}
