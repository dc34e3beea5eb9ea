package uk.svkit.api.framework.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.EditionTree;
import uk.svkit.api.framework.domain.Element;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.framework.infrastructure.FrameworkEditionCsv;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.problem.ConstraintViolationMapper;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * The framework library: shipped frameworks for every authenticated caller, plus the frameworks the
 * caller's organisation imported. Imported editions are published as they arrive and never change;
 * there is no update or delete.
 */
@Path("/frameworks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class FrameworkResource {
  static final String IMPORT_DESCRIPTION =
      "Publishes a new edition of one of the caller's organisation's frameworks, creating the framework when its code"
          + " is new. Editions never change after import: importing an existing edition again is 409, and so is adding an"
          + " edition to a shipped framework or to a code another organisation uses. As text/csv: one row per element or"
          + " measure with columns frameworkCode, frameworkName, edition, source, type (element or measure), code, title,"
          + " kind, parentCode, unitType, unitLabel, monetised and optionally publisher, description, licenceNote,"
          + " validFrom; the edition's details repeated on every row; a measure's parentCode names its element. Every"
          + " problem in a file is reported by line and nothing is imported unless the whole file is valid.";

  @Inject FrameworkService service;
  @Inject Validator validator;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listFrameworks", summary = "List the frameworks and their editions")
  public Page<FrameworkResponse> list() {
    // The library is a handful of frameworks per tenant: one page, no cursor.
    FrameworkService.LibraryView library = service.library();
    List<Edition> editions = library.editions();
    return new Page<>(
        library.frameworks().stream()
            .map(
                f ->
                    FrameworkMapper.framework(
                        f,
                        editions.stream().filter(e -> e.framework().id().equals(f.id())).toList()))
            .toList(),
        null);
  }

  @GET
  @Path("/{frameworkCode}/editions/{edition}")
  @Operation(
      operationId = "getFrameworkEdition",
      summary = "Get an edition's tree of elements and measures")
  public FrameworkEditionResponse edition(
      @PathParam("frameworkCode") @Size(max = 40) String frameworkCode,
      @PathParam("edition") @Size(max = 40) String edition) {
    return tree(service.editionTree(frameworkCode, edition));
  }

  @POST
  @Path("/editions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "importFrameworkEdition",
      summary = "Import and publish a framework edition of your own",
      description = IMPORT_DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Imported and published",
      content = @Content(schema = @Schema(implementation = FrameworkEditionResponse.class)))
  public Response importEdition(@NotNull @Valid ImportFrameworkEditionRequest body) {
    FrameworkService.EditionView imported = service.importEdition(command(body));
    Edition edition = imported.edition();
    return Response.created(
            uri.getBaseUriBuilder()
                .path(FrameworkResource.class)
                .segment(edition.framework().code(), "editions", edition.edition())
                .build())
        .entity(tree(imported))
        .build();
  }

  @POST
  @Path("/editions")
  @Consumes("text/csv")
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "importFrameworkEditionCsv",
      summary = "Import and publish a framework edition of your own",
      description = IMPORT_DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Imported and published",
      content = @Content(schema = @Schema(implementation = FrameworkEditionResponse.class)))
  public Response importEditionCsv(@NotNull @Size(max = 1_000_000) String csv) {
    FrameworkEditionCsv.Parsed parsed = FrameworkEditionCsv.parse(csv);
    ImportFrameworkEditionRequest body = FrameworkMapper.importEdition(parsed);
    // The same constraints and tree rules as the JSON form, every problem named by its line.
    List<Problem.FieldError> problems = new ArrayList<>(parsed.problems());
    for (ConstraintViolation<ImportFrameworkEditionRequest> violation : validator.validate(body)) {
      problems.add(
          parsed.byLine(
              new Problem.FieldError(
                  ConstraintViolationMapper.fieldName(violation.getPropertyPath()),
                  violation.getMessage())));
    }
    EditionTree.problems(
            body.elements.stream()
                .map(e -> new EditionTree.Node(e.code, blankToNull(e.parentCode)))
                .toList(),
            body.measures.stream()
                .map(m -> new EditionTree.Leaf(m.code, blankToNull(m.elementCode)))
                .toList())
        .forEach(p -> problems.add(parsed.byLine(p)));
    if (!problems.isEmpty()) {
      throw FrameworkEditionCsv.invalid(problems);
    }
    return importEdition(body);
  }

  private static FrameworkService.EditionImport command(ImportFrameworkEditionRequest body) {
    List<ImportMeasureRequest> measures = body.measures == null ? List.of() : body.measures;
    return new FrameworkService.EditionImport(
        body.frameworkCode,
        body.frameworkName.strip(),
        blankToNull(body.publisher),
        blankToNull(body.description),
        blankToNull(body.licenceNote),
        body.edition,
        body.validFrom,
        body.source,
        body.elements.stream()
            .map(
                e ->
                    new FrameworkService.ElementInput(
                        e.code, Element.Kind.valueOf(e.kind), e.title, blankToNull(e.parentCode)))
            .toList(),
        measures.stream()
            .map(
                m ->
                    new FrameworkService.MeasureInput(
                        m.code,
                        m.title,
                        UnitType.valueOf(m.unitType),
                        m.unitLabel,
                        m.monetised,
                        blankToNull(m.elementCode)))
            .toList());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static FrameworkEditionResponse tree(FrameworkService.EditionView view) {
    return FrameworkMapper.tree(view.edition(), view.elements(), view.measures());
  }
}
