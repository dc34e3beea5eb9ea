package uk.svkit.api.directory.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.directory.application.DirectoryImportService;
import uk.svkit.api.directory.oruk.OrukDirectory;
import uk.svkit.api.directory.oruk.OrukReader;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;

/**
 * Bulk imports into the directory (platform admins): an Open Referral UK document as JSON, or a
 * Charity Commission register extract as CSV. Both upsert VCFSE organisations and their profiles by
 * org-id identifier, all or nothing.
 */
@Path("/directory/imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class DirectoryImportResource {
  /** Request bodies are read whole; 5 MB holds the row limits with room for long descriptions. */
  static final int MAX_BODY = 5_000_000;

  static final String DESCRIPTION =
      "Upserts VCFSE organisations (role VCFSE) and their directory profiles by org-id identifier:"
          + " a new identifier registers the organisation, a known one updates it. What the source carries is set, the rest of"
          + " an existing profile kept; contacts are taken only for new profiles. As application/json: an Open Referral UK 3.0"
          + " document, either svkit's dataset (GET /oruk/dataset: organizations plus services) or a page of nested services"
          + " (contents); organizations need an org-id organization_identifier; problems are named by JSON pointer; at most"
          + " 5000 organizations. As text/csv: the Charity Commission register extract's charity columns"
          + " (registered_charity_number, charity_name required; linked_charity_number, charity_registration_status,"
          + " latest_income, charity_contact_postcode, charity_contact_web, charity_is_cio, charity_activities used), linked"
          + " and removed charities skipped; problems named by line; at most 5000 rows. Bodies up to 5 MB. Every problem of a"
          + " file is reported at once (422) and nothing is imported unless the whole file is valid.";

  @Inject DirectoryImportService imports;
  @Inject OrukDirectory oruk;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.PLATFORM_ADMIN)
  @Operation(
      operationId = "importDirectory",
      summary = "Import VCFSE organisations from Open Referral UK JSON or a Charity Commission CSV",
      description = DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "Imported",
      content = @Content(schema = @Schema(implementation = DirectoryImportResult.class)))
  public DirectoryImportResult importOruk(@NotNull @Size(max = MAX_BODY) String json) {
    JsonValue document;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      document = reader.readValue();
    } catch (JsonException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, "The body is not JSON: " + e.getMessage());
    }
    if (!(document instanceof JsonObject object)) {
      throw ProblemException.invalid("/", "must be an Open Referral UK document (a JSON object)");
    }
    OrukReader.Read read = new OrukReader(oruk.vocabulary()).read(object);
    return DirectoryImportResult.of(
        imports.importProfiles(read.rows(), read.fileProblems()), List.of());
  }

  @POST
  @Consumes("text/csv")
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles(Roles.PLATFORM_ADMIN)
  @Operation(
      operationId = "importDirectoryCsv",
      summary = "Import VCFSE organisations from Open Referral UK JSON or a Charity Commission CSV",
      description = DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "Imported",
      content = @Content(schema = @Schema(implementation = DirectoryImportResult.class)))
  public DirectoryImportResult importCharityRegister(@NotNull @Size(max = MAX_BODY) String csv) {
    CharityRegisterCsv.Parsed parsed = CharityRegisterCsv.parse(csv);
    return DirectoryImportResult.of(
        imports.importProfiles(parsed.rows(), parsed.fileProblems()), parsed.skipped());
  }
}
