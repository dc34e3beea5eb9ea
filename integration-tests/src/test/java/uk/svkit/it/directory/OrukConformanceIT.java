package uk.svkit.it.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.DirectoryOrganisation;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.ListOpenReferralServicesOptions;
import uk.svkit.sdk.models.OpenReferralService;
import uk.svkit.sdk.models.OpenReferralServiceAtLocation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;

/**
 * Conformance with the Open Referral UK profile's own API description (its OpenAPI document, in
 * test resources): every path it defines is served under /api/v1/oruk, every query parameter it
 * defines is declared there by svkit's OpenAPI document and accepted, and every response validates
 * against the schema the profile gives it. The filters do what the profile says.
 */
class OrukConformanceIT extends SvkitServer {
  private static final String ORUK = "/api/v1/oruk";
  private static final String THEMES_TAXONOMY = "svkit-themes";

  private SvkitClient admin;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = Clients.of(endpoint(), Tokens.admin());
    opened.add(admin);
  }

  @AfterEach
  void close() {
    opened.forEach(SvkitClient::close);
  }

  private static JsonObject profileDocument() throws Exception {
    try (InputStream in =
            OrukConformanceIT.class.getResourceAsStream(
                "/standards/open-referral-uk/schema/openapi.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  private static String tag() {
    return "zc" + Long.toString(System.nanoTime(), 36);
  }

  private DirectoryOrganisation vcfse(String name, String tag, String basePostcode) {
    String identifier = uniqueCompanyIdentifier();
    String id =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(name)
                    .roles(Set.of(OrganisationRole.VCFSE))
                    .identifier(identifier)
                    .build())
            .getId();
    SvkitClient own = Clients.of(endpoint(), Tokens.of(identifier, "vcfse"));
    opened.add(own);
    return own.directory()
        .saveProfile(
            id,
            SaveVcfseProfileOptions.builder()
                .legalForm(LegalForm.CIC)
                .description("Conformance fixture " + tag)
                .themes(List.of("mental-health"))
                .placesServed(List.of(OpenReferralIT.WIRRAL))
                .basePostcode(basePostcode)
                .build());
  }

  private Http.Reply get(String pathAndQuery) {
    return http().get(ORUK + pathAndQuery).send();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // ---- every path and parameter ---------------------------------------------------------------

  @Test
  void everyPathAndParameterOfTheProfileIsServedAndEveryResponseValidates() throws Exception {
    String tag = tag();
    DirectoryOrganisation org = vcfse("Conformance Minds " + tag, tag, "CH41 5AB");
    JsonObject profile = profileDocument();
    JsonObject componentParameters =
        profile.getJsonObject("components").getJsonObject("parameters");
    String themesId = json(get("/taxonomies/" + THEMES_TAXONOMY).body()).getString("id");
    String termId = json(get("/taxonomy_terms/mental-health").body()).getString("id");
    Map<String, String> ids =
        Map.of(
            "/services/{id}",
            org.getId(),
            "/service_at_locations/{id}",
            org.getId(),
            "/taxonomies/{id}",
            themesId,
            "/taxonomy_terms/{id}",
            termId);
    Map<String, String> samples = new LinkedHashMap<>();
    samples.put("search", tag);
    samples.put("page", "1");
    samples.put("per_page", "2");
    samples.put("taxonomy_term_id", termId);
    samples.put("taxonomy_id", themesId);
    samples.put("organization_id", org.getId());
    samples.put("modified_after", "2020-01-01T00:00:00Z");
    samples.put("postcode", "CH41 5AB");
    samples.put("proximity", "5000");
    samples.put("minimal", "true");
    samples.put("full", "true");
    samples.put("full_service", "true");
    samples.put("format", "ndjson");
    samples.put("minimum_age", "18");
    samples.put("maximum_age", "65");
    samples.put("start_time", "09:00");
    samples.put("end_time", "17:00");
    samples.put("day", "MO");

    JsonObject declared =
        json(server().get("/openapi").header("Accept", "application/json").send().body());
    JsonObject svkitPaths = declared.getJsonObject("paths");

    Set<String> parametersServed = new LinkedHashSet<>();
    int paths = 0;
    for (Map.Entry<String, JsonValue> entry : profile.getJsonObject("paths").entrySet()) {
      String path = entry.getKey();
      JsonObject operation = entry.getValue().asJsonObject().getJsonObject("get");
      String concrete = ids.containsKey(path) ? path.replace("{id}", enc(ids.get(path))) : path;
      String ourPath = (ORUK + (path.equals("/") ? "" : path));
      assertTrue(svkitPaths.containsKey(ourPath), "svkit does not serve " + ourPath);
      paths++;

      // The plain read validates against the profile's response schema.
      Http.Reply plain = get(path.equals("/") ? "" : concrete);
      assertEquals(200, plain.status(), path + ": " + plain.body());
      assertEquals("*", plain.header("Access-Control-Allow-Origin"), path);
      assertEquals(List.of(), validate(profile, path, operation, plain.body()), path);

      // Each of its parameters is declared by svkit and accepted with a well-formed value.
      Set<String> declaredHere = declaredQueryParameters(svkitPaths.getJsonObject(ourPath));
      for (JsonObject parameter : parameters(profile, operation)) {
        if (!"query".equals(parameter.getString("in"))) {
          continue;
        }
        String name = parameter.getString("name");
        assertTrue(declaredHere.contains(name), ourPath + " does not declare " + name);
        String query = name + "=" + enc(samples.get(name));
        if (name.equals("proximity")) {
          query += "&postcode=" + enc(samples.get("postcode"));
        }
        Http.Reply reply = get(concrete + "?" + query);
        assertEquals(200, reply.status(), path + "?" + query + ": " + reply.body());
        assertEquals(
            List.of(), validate(profile, path, operation, reply.body()), path + "?" + query);
        parametersServed.add(name);
      }
    }

    // The profile's other parameters (defined, but named by none of its paths) are served where
    // they apply: the list filters and formats on /services, full_service on organizations.
    Set<String> servicesDeclared =
        declaredQueryParameters(svkitPaths.getJsonObject(ORUK + "/services"));
    for (String name : componentParameters.keySet()) {
      if (parametersServed.contains(name) || name.equals("full_service")) {
        continue;
      }
      assertTrue(servicesDeclared.contains(name), "/services does not declare " + name);
      String query = name + "=" + enc(samples.get(name)) + "&search=" + tag;
      Http.Reply reply = get("/services?" + query);
      assertEquals(200, reply.status(), query + ": " + reply.body());
      parametersServed.add(name);
    }
    assertTrue(
        declaredQueryParameters(svkitPaths.getJsonObject(ORUK + "/organizations/{id}"))
            .contains("full_service"));
    JsonObject fullOrganization =
        json(get("/organizations/" + org.getId() + "?full_service=true").body());
    assertEquals(List.of(), OrukSchema.validate("organization", fullOrganization.toString()));
    assertEquals(
        org.getId(), fullOrganization.getJsonArray("services").getJsonObject(0).getString("id"));
    parametersServed.add("full_service");

    assertEquals(profile.getJsonObject("paths").size(), paths);
    assertEquals(componentParameters.keySet(), parametersServed);
  }

  /** The profile's response schema for the operation, with its remote table schemas local. */
  private static List<String> validate(
      JsonObject profile, String path, JsonObject operation, String body) throws Exception {
    JsonObject schema =
        operation
            .getJsonObject("responses")
            .getJsonObject("200")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema");
    if (schema.containsKey("allOf")) {
      List<String> problems = new ArrayList<>(OrukSchema.validatePage(body));
      String table =
          table(
              schema
                  .getJsonObject("properties")
                  .getJsonObject("contents")
                  .getJsonObject("items")
                  .getString("$ref"));
      for (JsonObject item : json(body).getJsonArray("contents").getValuesAs(JsonObject.class)) {
        problems.addAll(OrukSchema.validate(table, item.toString()));
      }
      if (!json(body).containsKey("contents")) {
        problems.add("no contents");
      }
      return problems;
    }
    if (schema.containsKey("$ref")) {
      String table = table(schema.getString("$ref"));
      if (path.equals("/service_at_locations/{id}")) {
        // The profile's document points this read at the service schema, though it describes a
        // fully nested service_at_location: the record validates as a service_at_location and its
        // nested service as a service.
        List<String> problems = new ArrayList<>(OrukSchema.validate("service_at_location", body));
        problems.addAll(OrukSchema.validate(table, json(body).getJsonObject("service").toString()));
        return problems;
      }
      return OrukSchema.validate(table, body);
    }
    JsonObject object = json(body);
    List<String> problems = new ArrayList<>();
    for (String property : schema.getJsonObject("properties").keySet()) {
      if (!object.containsKey(property)) {
        problems.add("missing " + property);
      }
    }
    return problems;
  }

  /** {@code .../compiled/service_list.json} is the service table's one-to-one fields. */
  private static String table(String ref) {
    String file = ref.substring(ref.lastIndexOf('/') + 1).replace(".json", "");
    return file.endsWith("_list") ? file.substring(0, file.length() - "_list".length()) : file;
  }

  private static List<JsonObject> parameters(JsonObject profile, JsonObject operation) {
    List<JsonObject> resolved = new ArrayList<>();
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters == null) {
      return resolved;
    }
    for (JsonObject p : parameters.getValuesAs(JsonObject.class)) {
      if (p.containsKey("$ref")) {
        String name = p.getString("$ref").substring(p.getString("$ref").lastIndexOf('/') + 1);
        resolved.add(
            profile.getJsonObject("components").getJsonObject("parameters").getJsonObject(name));
      } else {
        resolved.add(p);
      }
    }
    return resolved;
  }

  private static Set<String> declaredQueryParameters(JsonObject pathItem) {
    Set<String> names = new LinkedHashSet<>();
    JsonArray parameters = pathItem.getJsonObject("get").getJsonArray("parameters");
    if (parameters != null) {
      for (JsonObject p : parameters.getValuesAs(JsonObject.class)) {
        if ("query".equals(p.getString("in", ""))) {
          names.add(p.getString("name"));
        }
      }
    }
    return names;
  }

  // ---- filter behaviour -----------------------------------------------------------------------

  @Test
  void modifiedAfterReturnsOnlyLaterChanges() throws Exception {
    String tag = tag();
    DirectoryOrganisation before = vcfse("Earlier " + tag, tag, "CH41 5AB");
    Thread.sleep(50);
    Instant cut = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Thread.sleep(50);
    DirectoryOrganisation after = vcfse("Later " + tag, tag, "CH41 5AB");

    JsonObject page = json(get("/services?search=" + tag + "&modified_after=" + cut).body());
    List<JsonObject> contents = page.getJsonArray("contents").getValuesAs(JsonObject.class);
    assertEquals(List.of(after.getId()), contents.stream().map(s -> s.getString("id")).toList());
    for (JsonObject s : contents) {
      assertFalse(Instant.parse(s.getString("last_modified")).isBefore(cut));
    }
    JsonObject all = json(get("/services?search=" + tag).body());
    assertEquals(2, all.getInt("total_items"));
    assertEquals(
        List.of(after.getId()),
        json(get("/organizations?search=" + tag + "&modified_after=" + cut).body())
            .getJsonArray("contents")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(o -> o.getString("id"))
            .toList());
    assertTrue(before.getId() != null);
  }

  @Test
  void postcodeAndProximityKeepNearbyServicesNearestFirst() {
    String tag = tag();
    // District centroids: CH43 is 2.4 km from CH41, L1 3.6 km, CH62 6.7 km.
    DirectoryOrganisation l1 = vcfse("Aaa Liverpool " + tag, tag, "L1 8JQ");
    DirectoryOrganisation ch62 = vcfse("Bbb Bebington " + tag, tag, "CH62 4TY");
    DirectoryOrganisation ch43 = vcfse("Ccc Oxton " + tag, tag, "CH43 1TN");
    DirectoryOrganisation ch41 = vcfse("Ddd Birkenhead " + tag, tag, "CH41 5AB");

    for (String path : List.of("/services", "/service_at_locations")) {
      JsonObject page =
          json(
              get(path + "?search=" + tag + "&postcode=" + enc("CH41 5AB") + "&proximity=5000")
                  .body());
      List<String> order =
          page.getJsonArray("contents").getValuesAs(JsonObject.class).stream()
              .map(s -> path.equals("/services") ? s.getString("id") : s.getString("service_id"))
              .toList();
      assertEquals(List.of(ch41.getId(), ch43.getId(), l1.getId()), order, path);
      assertEquals(3, page.getInt("total_items"));
    }
    // Without proximity, postcode keeps the services whose areas include its local authority.
    assertEquals(
        4, json(get("/services?search=" + tag + "&postcode=CH41").body()).getInt("total_items"));
    assertEquals(
        0, json(get("/services?search=" + tag + "&postcode=L1").body()).getInt("total_items"));
    // The same through the SDK, typed, on a client without a credential.
    try (SvkitClient anonymous = SvkitClient.builder().endpoint(endpoint()).build()) {
      List<String> typed =
          anonymous
              .directoryData()
              .listOrukServices(
                  ListOpenReferralServicesOptions.builder()
                      .search(tag)
                      .postcode("CH41 5AB")
                      .proximityMetres(5000)
                      .perPage(1)
                      .build())
              .stream()
              .map(OpenReferralService::getId)
              .toList();
      assertEquals(List.of(ch41.getId(), ch43.getId(), l1.getId()), typed);
      OpenReferralServiceAtLocation atLocation =
          anonymous.directoryData().getOrukServiceAtLocation(l1.getId());
      // Anonymous: the base's district, as the VCFSE publishes it (not its exact postcode).
      assertEquals("L1", atLocation.getLocation().getExternalIdentifier());
      assertEquals(l1.getId(), atLocation.getService().getId());
      assertEquals("Aaa Liverpool " + tag, atLocation.getService().getOrganization().getName());
    }
    assertEquals(400, get("/services?proximity=5000").status());
    assertEquals(400, get("/services?postcode=CH41&proximity=900000").status());
    assertTrue(ch62.getId() != null);
  }

  @Test
  void organisationTaxonomyEligibilityAndFormatFilters() {
    String tag = tag();
    DirectoryOrganisation one = vcfse("One " + tag, tag, "CH41 5AB");
    DirectoryOrganisation two = vcfse("Two " + tag, tag, "CH43 1TN");

    assertEquals(
        List.of(two.getId()),
        json(get("/services?search=" + tag + "&organization_id=" + two.getId()).body())
            .getJsonArray("contents")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(s -> s.getString("id"))
            .toList());
    assertEquals(
        2,
        json(get("/services?search=" + tag + "&taxonomy_id=" + THEMES_TAXONOMY).body())
            .getInt("total_items"));
    assertEquals(
        0,
        json(get("/services?search=" + tag + "&taxonomy_id=svkit-legal-forms").body())
            .getInt("total_items"));
    // svkit records no eligibility ages or schedules: such a filter matches nothing.
    assertEquals(
        0, json(get("/services?search=" + tag + "&minimum_age=18").body()).getInt("total_items"));
    assertEquals(400, get("/services?start_time=25:00").status());

    // minimal: one array of id and last_modified.
    JsonArray minimal =
        Json.createReader(new StringReader(get("/services?search=" + tag + "&minimal=true").body()))
            .readArray();
    assertEquals(2, minimal.size());
    assertEquals(Set.of("id", "last_modified"), minimal.getJsonObject(0).keySet());

    // full: fully nested services in the page.
    JsonObject full = json(get("/services?search=" + tag + "&full=true").body());
    JsonObject nested = full.getJsonArray("contents").getJsonObject(0);
    assertTrue(nested.containsKey("service_at_locations"));
    assertEquals(List.of(), OrukSchema.validate("service", nested.toString()));

    // format=ndjson: every result, one object a line, no envelope.
    Http.Reply ndjson = get("/services?search=" + tag + "&format=ndjson&per_page=1");
    assertEquals(200, ndjson.status());
    assertTrue(ndjson.header("Content-Type").startsWith("application/x-ndjson"));
    List<String> lines = ndjson.body().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(2, lines.size());
    for (String line : lines) {
      assertEquals(List.of(), OrukSchema.validate("service", line));
    }
    assertEquals(
        Set.of(one.getId(), two.getId()),
        Set.of(json(lines.get(0)).getString("id"), json(lines.get(1)).getString("id")));

    // Open CORS on public reads only.
    assertEquals("*", get("/services?search=" + tag).header("Access-Control-Allow-Origin"));
    Http.Reply dataset = http().get(ORUK + "/dataset").token(Tokens.admin()).send();
    assertEquals(200, dataset.status());
    assertNull(dataset.header("Access-Control-Allow-Origin"));
    assertNull(
        http()
            .get("/api/v1/organisations/me")
            .token(Tokens.admin())
            .send()
            .header("Access-Control-Allow-Origin"));
  }
}
