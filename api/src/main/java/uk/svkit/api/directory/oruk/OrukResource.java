package uk.svkit.api.directory.oruk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.directory.domain.VcfseProfile;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.platform.security.Roles;

/**
 * The directory as an Open Referral UK 3.0 API, so existing directory tools can read it: the ORUK
 * paths, query parameters and snake_case bodies, not svkit's own conventions. Open to anyone like
 * the rest of the directory; contacts only for authenticated callers. Pages are numbered from 1
 * with {@code per_page} up to {@value #MAX_PER_PAGE}.
 */
@Path("/oruk")
@ApplicationScoped
@PublicAccess
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral UK")
public class OrukResource {
  static final int DEFAULT_PER_PAGE = 50;
  static final int MAX_PER_PAGE = 100;
  private static final int EXPORT_BATCH = 200;
  private static final String ORUK_PROFILE = "https://openreferraluk.org/";
  private static final String PAGE_DOC =
      "ORUK page: total_items, total_pages, page_number, size, first_page, last_page, empty, contents";

  static final String NDJSON = "application/x-ndjson";

  @Inject OrukDirectory directory;
  @Inject Geography geography;
  @Inject uk.svkit.api.directory.application.ContactAccess contactAccess;
  @Context UriInfo uri;

  @GET
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "getOrukApiInfo",
      summary = "Which ORUK version and profile this API speaks")
  @APIResponse(
      responseCode = "200",
      description = "version, profile, openapi_url",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response info() {
    String openapi = uri.getBaseUriBuilder().replacePath("/openapi").build().toString();
    return json(
        Json.createObjectBuilder()
            .add("version", "3.0")
            .add("profile", ORUK_PROFILE)
            .add("openapi_url", openapi)
            .build());
  }

  @GET
  @Path("/services")
  @Produces({MediaType.APPLICATION_JSON, NDJSON})
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "listOrukServices",
      summary = "VCFSEs' services, an ORUK page of them",
      description =
          "One service per VCFSE profile, ordered by name (nearest first with postcode and proximity)."
              + " search: words that must all appear in the name or description; taxonomy_term_id: a term of the"
              + " svkit-themes taxonomy, by ORUK id or theme code (other terms match nothing); taxonomy_id: services with"
              + " any term of that taxonomy; organization_id: that organization's service; modified_after: changed on or"
              + " after that instant; postcode: services whose areas include the postcode's local authority, or with"
              + " proximity (metres, at most 200000) those based within that distance of it; minimal: every matching"
              + " service's id and last_modified as one array; full: fully nested services; format=ndjson: every matching"
              + " service, one JSON object a line, without paging. svkit records no eligibility ages or schedules, so"
              + " minimum_age, maximum_age, start_time, end_time and day match nothing. Each item carries its organization.")
  @APIResponse(
      responseCode = "200",
      description = PAGE_DOC,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))
      })
  public Response services(@Valid @BeanParam OrukQuery query) {
    OrukVocabulary vocabulary = directory.vocabulary();
    OrukDirectory.Filter filter = query.filter(vocabulary, geography, false);
    if (query.minimal()) {
      return streamArray(filter, OrukResource::minimal);
    }
    java.util.function.BiFunction<OrukMapper, VcfseProfile, JsonObject> as =
        query.full() ? OrukMapper::service : OrukMapper::serviceSummary;
    if (query.ndjson()) {
      return ndjson(vocabulary, filter, as);
    }
    return paged(
        vocabulary,
        directory.count(filter),
        query.page(),
        query.perPage(),
        (offset, size) -> directory.page(filter, offset, size),
        as);
  }

  @GET
  @Path("/service_at_locations")
  @Produces({MediaType.APPLICATION_JSON, NDJSON})
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "listOrukServiceAtLocations",
      summary = "Services at their base locations, an ORUK page of them",
      description =
          "One service_at_location per VCFSE profile with a base postcode, with its location and its service's"
              + " one-to-one fields; the same filters as /oruk/services (minimal and full aside).")
  @APIResponse(
      responseCode = "200",
      description = PAGE_DOC,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))
      })
  public Response serviceAtLocations(@Valid @BeanParam OrukQuery query) {
    OrukVocabulary vocabulary = directory.vocabulary();
    OrukDirectory.Filter filter = query.filter(vocabulary, geography, true);
    if (query.ndjson()) {
      return ndjson(vocabulary, filter, OrukMapper::serviceAtLocation);
    }
    return paged(
        vocabulary,
        directory.count(filter),
        query.page(),
        query.perPage(),
        (offset, size) -> directory.page(filter, offset, size),
        OrukMapper::serviceAtLocation);
  }

  @GET
  @Path("/service_at_locations/{id}")
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "getOrukServiceAtLocation",
      summary = "A service at its location, with the fully nested service")
  @APIResponse(
      responseCode = "200",
      description = "The ORUK service_at_location",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response serviceAtLocation(@PathParam("id") @Size(max = 36) String id) {
    VcfseProfile p = profile(id, "Service at location");
    if (p.basePostcode() == null) {
      throw ProblemException.notFound("Service at location", id);
    }
    return json(mapper(directory.vocabulary(), List.of(p)).serviceAtLocationNested(p));
  }

  @GET
  @Path("/services/{id}")
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "getOrukService",
      summary =
          "A fully nested ORUK service: organization, areas, location, themes (contacts with a token)")
  @APIResponse(
      responseCode = "200",
      description = "The ORUK service",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response service(@PathParam("id") @Size(max = 36) String id) {
    VcfseProfile p = profile(id, "Service");
    return json(mapper(directory.vocabulary(), List.of(p)).service(p));
  }

  @GET
  @Path("/organizations")
  @Produces({MediaType.APPLICATION_JSON, NDJSON})
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "listOrukOrganizations",
      summary = "VCFSE organisations, an ORUK page of them, ordered by name",
      description =
          "search, organization_id and modified_after filter as on /oruk/services; full_service: each organization"
              + " with its fully nested services; format=ndjson: every matching organization, one a line, without paging.")
  @APIResponse(
      responseCode = "200",
      description = PAGE_DOC,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))
      })
  public Response organizations(
      @Parameter(description = "Free text: every word must match")
          @QueryParam("search")
          @Size(max = 200)
          String search,
      @Parameter(description = "Page number, from 1") @QueryParam("page") @Min(1) @Max(1_000_000)
          Integer page,
      @Parameter(description = "Page size, at most 100") @QueryParam("per_page") @Min(1)
          Integer perPage,
      @Parameter(description = "Only this organization")
          @QueryParam("organization_id")
          @Size(max = 36)
          String organizationId,
      @Parameter(description = "Only organizations changed on or after this instant (ISO-8601)")
          @QueryParam("modified_after")
          @Size(max = 40)
          String modifiedAfter,
      @Parameter(description = "Each organization with its fully nested services")
          @QueryParam("full_service")
          Boolean fullService,
      @Parameter(description = "json (default) or ndjson: every result, one a line, unpaged")
          @QueryParam("format")
          @Size(max = 10)
          String format) {
    OrukDirectory.Filter filter = OrukDirectory.Filter.of(search, null);
    if (organizationId != null && !organizationId.isBlank()) {
      filter = filter.withOrganization(organizationId.trim());
    }
    if (modifiedAfter != null && !modifiedAfter.isBlank()) {
      filter = filter.withModifiedAfter(OrukQuery.instant("modified_after", modifiedAfter));
    }
    java.util.function.BiFunction<OrukMapper, VcfseProfile, JsonObject> as =
        Boolean.TRUE.equals(fullService)
            ? OrukMapper::organizationWithServices
            : OrukMapper::organization;
    if (OrukQuery.isNdjson(format)) {
      return ndjson(directory.vocabulary(), filter, as);
    }
    OrukDirectory.Filter f = filter;
    return paged(
        directory.vocabulary(),
        directory.count(f),
        page,
        perPage,
        (offset, size) -> directory.page(f, offset, size),
        as);
  }

  @GET
  @Path("/organizations/{id}")
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(operationId = "getOrukOrganization", summary = "An ORUK organization")
  @APIResponse(
      responseCode = "200",
      description = "The ORUK organization",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response organization(
      @PathParam("id") @Size(max = 36) String id,
      @Parameter(description = "With its fully nested services") @QueryParam("full_service")
          Boolean fullService) {
    VcfseProfile p = profile(id, "Organization");
    OrukMapper mapper = mapper(directory.vocabulary(), List.of(p));
    return json(
        Boolean.TRUE.equals(fullService)
            ? mapper.organizationWithServices(p)
            : mapper.organization(p));
  }

  @GET
  @Path("/taxonomies")
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "listOrukTaxonomies",
      summary = "svkit's taxonomies (themes, legal forms, income bands), an ORUK page of them")
  @APIResponse(
      responseCode = "200",
      description = PAGE_DOC,
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response taxonomies(
      @Parameter(description = "Page number, from 1") @QueryParam("page") @Min(1) @Max(1_000_000)
          Integer page,
      @Parameter(description = "Page size, at most 100") @QueryParam("per_page") @Min(1)
          Integer perPage) {
    OrukVocabulary vocabulary = directory.vocabulary();
    List<String> names = vocabulary.taxonomyNames();
    int size = perPage(perPage);
    int number = pageNumber(page);
    List<JsonObject> slice =
        names.stream()
            .skip((long) (number - 1) * size)
            .limit(size)
            .map(n -> vocabulary.taxonomyJson(n, false))
            .toList();
    return json(OrukMapper.page(slice, names.size(), number, size));
  }

  @GET
  @Path("/taxonomies/{id}")
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "getOrukTaxonomy",
      summary = "A taxonomy with its terms, by ORUK id or name")
  @APIResponse(
      responseCode = "200",
      description = "The ORUK taxonomy",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response taxonomy(@PathParam("id") @Size(max = 100) String id) {
    OrukVocabulary vocabulary = directory.vocabulary();
    String name =
        vocabulary.taxonomy(id).orElseThrow(() -> ProblemException.notFound("Taxonomy", id));
    return json(vocabulary.taxonomyJson(name, true));
  }

  @GET
  @Path("/taxonomy_terms")
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "listOrukTaxonomyTerms",
      summary = "Terms of svkit's taxonomies, an ORUK page of them")
  @APIResponse(
      responseCode = "200",
      description = PAGE_DOC,
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response taxonomyTerms(
      @Parameter(description = "Only this taxonomy's terms (ORUK id or name)")
          @QueryParam("taxonomy_id")
          @Size(max = 100)
          String taxonomyId,
      @Parameter(description = "Page number, from 1") @QueryParam("page") @Min(1) @Max(1_000_000)
          Integer page,
      @Parameter(description = "Page size, at most 100") @QueryParam("per_page") @Min(1)
          Integer perPage) {
    OrukVocabulary vocabulary = directory.vocabulary();
    List<OrukVocabulary.Term> terms =
        taxonomyId == null
            ? vocabulary.terms()
            : vocabulary.taxonomy(taxonomyId).map(vocabulary::terms).orElse(List.of());
    int size = perPage(perPage);
    int number = pageNumber(page);
    List<JsonObject> slice =
        terms.stream()
            .skip((long) (number - 1) * size)
            .limit(size)
            .map(vocabulary::termJson)
            .toList();
    return json(OrukMapper.page(slice, terms.size(), number, size));
  }

  @GET
  @Path("/taxonomy_terms/{id}")
  @Extension(name = "x-svkit-public", value = "true")
  @OpenCors
  @Operation(
      operationId = "getOrukTaxonomyTerm",
      summary = "A taxonomy term, by ORUK id or svkit code")
  @APIResponse(
      responseCode = "200",
      description = "The ORUK taxonomy term",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response taxonomyTerm(@PathParam("id") @Size(max = 100) String id) {
    OrukVocabulary vocabulary = directory.vocabulary();
    return json(
        vocabulary.termJson(
            vocabulary.find(id).orElseThrow(() -> ProblemException.notFound("Taxonomy term", id))));
  }

  @GET
  @Path("/dataset")
  @AllowedRoles({
    Roles.PLATFORM_ADMIN,
    Roles.BUYER,
    Roles.CONTRACT_MANAGER,
    Roles.EVALUATOR,
    Roles.SUPPLIER,
    Roles.VCFSE
  })
  @Operation(
      operationId = "exportOrukDataset",
      summary = "The whole directory as one ORUK 3.0 document",
      description =
          "{version, profile, taxonomies (with their terms), organizations, services (fully nested)}, streamed."
              + " For signed-in bulk consumers only (the paged /oruk/organizations and /oruk/services stay public); contacts"
              + " only for platform admins. The document POST /directory/imports accepts back.")
  @APIResponse(
      responseCode = "200",
      description = "The ORUK dataset",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response dataset() {
    OrukVocabulary vocabulary = directory.vocabulary();
    // A whole-directory export of people's names and emails to any signed-in user would be a
    // harvest: contacts go only to platform admins here.
    var caller = RequestContext.currentCaller();
    boolean withContacts = caller != null && caller.isPlatformAdmin();
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write("{\"version\":\"3.0\",\"profile\":\"" + ORUK_PROFILE + "\",\"taxonomies\":[");
          List<String> names = vocabulary.taxonomyNames();
          for (int i = 0; i < names.size(); i++) {
            w.write((i == 0 ? "" : ",") + vocabulary.taxonomyJson(names.get(i), true));
          }
          w.write("],\"organizations\":[");
          stream(w, vocabulary, withContacts, OrukMapper::organization);
          w.write("],\"services\":[");
          stream(w, vocabulary, withContacts, OrukMapper::datasetService);
          w.write("]}");
          w.flush();
        };
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Writes every profile as {@code as} makes it, in id-ordered batches so memory stays flat. */
  private void stream(
      Writer w,
      OrukVocabulary vocabulary,
      boolean withContacts,
      java.util.function.BiFunction<OrukMapper, VcfseProfile, JsonObject> as)
      throws java.io.IOException {
    String after = null;
    boolean first = true;
    while (true) {
      List<VcfseProfile> batch = directory.batch(after, EXPORT_BATCH);
      if (batch.isEmpty()) {
        return;
      }
      OrukMapper mapper = new OrukMapper(vocabulary, directory.placeNames(batch), withContacts);
      for (VcfseProfile p : batch) {
        w.write((first ? "" : ",") + as.apply(mapper, p));
        first = false;
      }
      after = batch.get(batch.size() - 1).id();
    }
  }

  /**
   * Every result of the filter, one JSON object a line, read in id-ordered batches (distance order
   * when a proximity bounds the result) so memory stays flat whatever the directory's size.
   */
  private Response ndjson(
      OrukVocabulary vocabulary,
      OrukDirectory.Filter filter,
      java.util.function.BiFunction<OrukMapper, VcfseProfile, JsonObject> as) {
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          forEachBatch(
              filter,
              batch -> {
                OrukMapper mapper = mapper(vocabulary, batch);
                for (VcfseProfile p : batch) {
                  w.write(as.apply(mapper, p).toString());
                  w.write('\n');
                }
              });
          w.flush();
        };
    return Response.ok(body, NDJSON).build();
  }

  /** {@code minimal}: every matching service's id and last change, as one JSON array. */
  private Response streamArray(
      OrukDirectory.Filter filter, java.util.function.Function<VcfseProfile, JsonObject> as) {
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write('[');
          boolean[] first = {true};
          forEachBatch(
              filter,
              batch -> {
                for (VcfseProfile p : batch) {
                  w.write((first[0] ? "" : ",") + as.apply(p));
                  first[0] = false;
                }
              });
          w.write(']');
          w.flush();
        };
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  private interface BatchWriter {
    void write(List<VcfseProfile> batch) throws java.io.IOException;
  }

  private void forEachBatch(OrukDirectory.Filter filter, BatchWriter writer)
      throws java.io.IOException {
    if (filter.near() != null) {
      for (int offset = 0; ; offset += EXPORT_BATCH) {
        List<VcfseProfile> batch = directory.page(filter, offset, EXPORT_BATCH);
        if (batch.isEmpty()) {
          return;
        }
        writer.write(batch);
      }
    }
    String after = null;
    while (true) {
      List<VcfseProfile> batch = directory.batch(filter, after, EXPORT_BATCH);
      if (batch.isEmpty()) {
        return;
      }
      writer.write(batch);
      after = batch.get(batch.size() - 1).id();
    }
  }

  private static JsonObject minimal(VcfseProfile p) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("id", OrukIds.service(p.id()));
    OrukJson.put(b, "last_modified", OrukMapper.timestamp(p.updatedAt()));
    return b.build();
  }

  private interface Slice {
    List<VcfseProfile> fetch(int offset, int size);
  }

  private Response paged(
      OrukVocabulary vocabulary,
      long total,
      Integer page,
      Integer perPage,
      Slice slice,
      java.util.function.BiFunction<OrukMapper, VcfseProfile, JsonObject> as) {
    int size = perPage(perPage);
    int number = pageNumber(page);
    long offset = (long) (number - 1) * size;
    List<VcfseProfile> rows = offset >= total ? List.of() : slice.fetch((int) offset, size);
    OrukMapper mapper = mapper(vocabulary, rows);
    Function<VcfseProfile, JsonObject> map = p -> as.apply(mapper, p);
    return json(OrukMapper.page(rows.stream().map(map).toList(), total, number, size));
  }

  private VcfseProfile profile(String id, String what) {
    try {
      return directory.get(id);
    } catch (ProblemException e) {
      throw ProblemException.notFound(what, id);
    }
  }

  private OrukMapper mapper(OrukVocabulary vocabulary, List<VcfseProfile> profiles) {
    java.util.Set<String> readable =
        contactAccess.readableAmong(profiles.stream().map(VcfseProfile::id).toList());
    return new OrukMapper(vocabulary, directory.placeNames(profiles), readable::contains);
  }

  private static int pageNumber(Integer page) {
    return page == null ? 1 : page;
  }

  /** Like svkit's own lists, an oversized page is capped rather than refused. */
  private static int perPage(Integer perPage) {
    return perPage == null ? DEFAULT_PER_PAGE : Math.min(perPage, MAX_PER_PAGE);
  }

  private static Response json(JsonObject body) {
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
