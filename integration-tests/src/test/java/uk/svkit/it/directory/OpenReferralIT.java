package uk.svkit.it.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.DirectoryImportAction;
import uk.svkit.sdk.models.DirectoryImportResult;
import uk.svkit.sdk.models.DirectoryOrganisation;
import uk.svkit.sdk.models.IncomeBand;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.ListOpenReferralServicesOptions;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.VcfseContactInput;

/**
 * Open Referral UK 3.0 end to end: the ORUK API and dataset validate against the published schemas,
 * pages count right, contacts stay private, and both imports (ORUK JSON, Charity Commission CSV)
 * upsert by identifier all or nothing. Each test tags its organisations with a unique word and
 * searches for it, so other data never interferes.
 */
class OpenReferralIT extends SvkitServer {
  static final String WIRRAL = "E08000015";
  static final String LIVERPOOL = "E08000012";

  private SvkitClient admin;
  private SvkitClient supplier;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = open(Tokens.admin());
    supplier = open(Tokens.of("GB-COH-09900001", "supplier"));
  }

  @AfterEach
  void close() {
    opened.forEach(SvkitClient::close);
  }

  private SvkitClient open(String token) {
    SvkitClient client = Clients.of(endpoint(), token);
    opened.add(client);
    return client;
  }

  private static String tag() {
    return "zo" + Long.toString(System.nanoTime(), 36);
  }

  private static final java.util.concurrent.atomic.AtomicLong CHARITIES =
      new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() / 1000 % 5_000_000);

  /** A unique charity number: eight digits starting 9, not a real registered charity. */
  private static String charityNumber() {
    return String.format("9%07d", CHARITIES.incrementAndGet() % 10_000_000L);
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  /** A VCFSE registered by the admin, with its profile written by itself. */
  private DirectoryOrganisation vcfse(String name, String tag, List<String> themes) {
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
    SvkitClient own = open(Tokens.of(identifier, "vcfse"));
    return own.directory()
        .saveProfile(
            id,
            SaveVcfseProfileOptions.builder()
                .legalForm(LegalForm.CIC)
                .description("Peer support in Birkenhead " + tag)
                .themes(themes)
                .placesServed(List.of(WIRRAL, LIVERPOOL))
                .basePostcode("CH41 5AB")
                .incomeBand(IncomeBand.FROM_10K_TO_100K)
                .website("https://example.invalid/" + tag)
                .contacts(
                    List.of(
                        VcfseContactInput.builder()
                            .name("Pat Private")
                            .role("Coordinator")
                            .email("pat@example.org")
                            .build()))
                .build());
  }

  private JsonObject services(String query) {
    Http.Reply reply = http().get("/api/v1/oruk/services?" + query).send();
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  // ---- read API and export ------------------------------------------------------------------

  @Test
  void servicesAndTheDatasetValidateAgainstTheOrukSchemas() throws Exception {
    String tag = tag();
    DirectoryOrganisation org =
        vcfse("Birkenhead Minds " + tag, tag, List.of("mental-health", "older-people"));

    Http.Reply page = http().get("/api/v1/oruk/services?search=" + tag).send();
    assertEquals(200, page.status());
    assertTrue(page.header("Content-Type").startsWith("application/json"));
    assertEquals(List.of(), OrukSchema.validatePage(page.body()));
    JsonArray contents = page.json().getJsonArray("contents");
    assertEquals(1, contents.size());
    assertEquals(List.of(), OrukSchema.validate("service", contents.getJsonObject(0).toString()));

    String full = supplier.directoryData().getOpenReferralService(org.getId());
    assertEquals(List.of(), OrukSchema.validate("service", full));
    JsonObject service = json(full);
    assertEquals(org.getId(), service.getString("organization_id"));
    assertEquals("active", service.getString("status"));
    JsonObject identifier =
        service
            .getJsonObject("organization")
            .getJsonArray("organization_identifiers")
            .getJsonObject(0);
    assertEquals(
        org.getIdentifier(),
        identifier.getString("identifier_scheme") + "-" + identifier.getString("identifier"));
    assertEquals(
        List.of(LIVERPOOL, WIRRAL),
        service.getJsonArray("service_areas").getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("extent"))
            .toList());
    assertEquals(
        "Wirral", service.getJsonArray("service_areas").getJsonObject(1).getString("name"));
    JsonObject location =
        service.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location");
    // Its base postcode as the public sees it: the district (it does not publish its exact point).
    assertEquals("CH41", location.getString("external_identifier"));
    assertEquals(53.39402, location.getJsonNumber("latitude").doubleValue(), 1e-9);
    assertEquals(
        List.of("mental-health", "older-people"),
        service.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
            .map(a -> a.getJsonObject("taxonomy_term").getString("term"))
            .toList());

    assertEquals(
        List.of(),
        OrukSchema.validate(
            "organization", supplier.directoryData().getOpenReferralOrganization(org.getId())));

    // The whole-directory export is for signed-in bulk consumers (anonymous callers page through
    // /oruk/organizations and /oruk/services instead); contacts in it only for platform admins, so
    // a supplier's copy has none (other tests' contacts use @example.invalid, which the email
    // format rejects).
    assertEquals(401, http().get("/api/v1/oruk/dataset").send().status());
    Http.Reply exported =
        http().get("/api/v1/oruk/dataset").token(Tokens.of("GB-COH-09900001", "supplier")).send();
    assertEquals(200, exported.status());
    JsonObject dataset = exported.json();
    assertEquals("3.0", dataset.getString("version"));
    for (JsonObject taxonomy : dataset.getJsonArray("taxonomies").getValuesAs(JsonObject.class)) {
      assertEquals(
          List.of(),
          OrukSchema.validate("taxonomy", taxonomy.toString()),
          taxonomy.getString("name"));
    }
    List<JsonObject> organizations =
        dataset.getJsonArray("organizations").getValuesAs(JsonObject.class);
    for (JsonObject o : organizations) {
      assertEquals(
          List.of(), OrukSchema.validate("organization", o.toString()), o.getString("name"));
    }
    List<JsonObject> all = dataset.getJsonArray("services").getValuesAs(JsonObject.class);
    for (JsonObject s : all) {
      assertEquals(List.of(), OrukSchema.validate("service", s.toString()), s.getString("name"));
    }
    assertTrue(organizations.stream().anyMatch(o -> o.getString("id").equals(org.getId())));
    assertEquals(1, all.stream().filter(s -> s.getString("id").equals(org.getId())).count());
  }

  @Test
  void taxonomiesAndTermsAreServedAndFilterServices() {
    String tag = tag();
    vcfse("Minds " + tag, tag, List.of("mental-health"));
    vcfse("Greens " + tag, tag, List.of("environment"));

    JsonObject taxonomy = http().get("/api/v1/oruk/taxonomies/svkit-themes").send().json();
    assertEquals(List.of(), OrukSchema.validate("taxonomy", taxonomy.toString()));
    JsonObject mentalHealth =
        taxonomy.getJsonArray("taxonomy_terms").getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("term").equals("mental-health"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(),
        OrukSchema.validate(
            "taxonomy_term",
            http()
                .get("/api/v1/oruk/taxonomy_terms/" + mentalHealth.getString("id"))
                .send()
                .body()));

    for (String term : List.of(mentalHealth.getString("id"), "mental-health")) {
      JsonObject page = services("search=" + tag + "&taxonomy_term_id=" + term);
      assertEquals(1, page.getInt("total_items"), term);
      assertEquals(
          "Minds " + tag, page.getJsonArray("contents").getJsonObject(0).getString("name"));
    }
    assertEquals(
        0, services("search=" + tag + "&taxonomy_term_id=no-such-term").getInt("total_items"));
    assertEquals(2, services("search=" + tag).getInt("total_items"));

    JsonObject organizations =
        http().get("/api/v1/oruk/organizations?search=" + tag + "&per_page=1").send().json();
    assertEquals(2, organizations.getInt("total_items"));
    assertEquals(2, organizations.getInt("total_pages"));
    assertEquals(
        List.of(),
        OrukSchema.validate(
            "organization", organizations.getJsonArray("contents").getJsonObject(0).toString()));
    JsonObject info = http().get("/api/v1/oruk").send().json();
    assertEquals("3.0", info.getString("version"));
    assertTrue(info.getString("openapi_url").endsWith("/openapi"), info.toString());
  }

  @Test
  void pagesCarryTheOrukPagingFields() throws Exception {
    String tag = tag();
    for (String name : List.of("Alpha ", "Bravo ", "Charlie ")) {
      vcfse(name + tag, tag, List.of("environment"));
    }

    JsonObject first = services("search=" + tag + "&per_page=2");
    assertEquals(List.of(), OrukSchema.validatePage(first.toString()));
    assertEquals(3, first.getInt("total_items"));
    assertEquals(2, first.getInt("total_pages"));
    assertEquals(1, first.getInt("page_number"));
    assertEquals(2, first.getInt("size"));
    assertTrue(first.getBoolean("first_page"));
    assertFalse(first.getBoolean("last_page"));
    assertFalse(first.getBoolean("empty"));
    assertEquals(
        List.of("Alpha " + tag, "Bravo " + tag),
        first.getJsonArray("contents").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("name"))
            .toList());

    JsonObject second =
        json(
            supplier
                .directoryData()
                .listOpenReferralServices(
                    ListOpenReferralServicesOptions.builder()
                        .search(tag)
                        .page(2)
                        .perPage(2)
                        .build()));
    assertEquals(1, second.getInt("size"));
    assertEquals(
        "Charlie " + tag, second.getJsonArray("contents").getJsonObject(0).getString("name"));
    assertFalse(second.getBoolean("first_page"));
    assertTrue(second.getBoolean("last_page"));

    JsonObject beyond = services("search=" + tag + "&per_page=2&page=3");
    assertTrue(beyond.getBoolean("empty"));
    assertEquals(0, beyond.getInt("size"));
    assertEquals(3, beyond.getInt("total_items"));

    JsonObject capped = services("per_page=1000");
    assertEquals(
        (capped.getInt("total_items") + 99) / 100,
        capped.getInt("total_pages"),
        "per_page is capped at 100");
    assertTrue(capped.getInt("size") <= 100);
    assertEquals(400, http().get("/api/v1/oruk/services?page=0").send().status());
  }

  @Test
  void contactsAreForThoseWorkingWithTheVcfseOnly() {
    String tag = tag();
    DirectoryOrganisation org = vcfse("Private Contacts " + tag, tag, List.of("mental-health"));

    Http.Reply anonymous = http().get("/api/v1/oruk/services/" + org.getId()).send();
    assertEquals(200, anonymous.status());
    assertFalse(anonymous.json().containsKey("contacts"));
    assertFalse(anonymous.json().containsKey("email"));
    assertFalse(anonymous.body().contains("Pat Private"));
    assertEquals(401, http().get("/api/v1/oruk/dataset").send().status());
    // Bulk harvest of contacts: a signed-in supplier's dataset has none; a platform admin's has
    // them.
    assertFalse(
        http()
            .get("/api/v1/oruk/dataset")
            .token(Tokens.of("GB-COH-09900001", "supplier"))
            .send()
            .body()
            .contains("pat@example.org"));
    assertTrue(
        http()
            .get("/api/v1/oruk/dataset")
            .token(Tokens.admin())
            .send()
            .body()
            .contains("\"contacts\":[{"));
    assertFalse(services("search=" + tag).toString().contains("pat@example.org"));

    // A token is not enough: a supplier with no dealings with the VCFSE sees no contacts; an
    // admin (and the VCFSE itself, and organisations working with it) does.
    assertFalse(
        json(supplier.directoryData().getOpenReferralService(org.getId())).containsKey("contacts"));
    assertFalse(supplier.directoryData().exportOpenReferralDataset().contains("Pat Private"));
    JsonObject withToken = json(admin.directoryData().getOpenReferralService(org.getId()));
    JsonObject contact = withToken.getJsonArray("contacts").getJsonObject(0);
    assertEquals("Pat Private", contact.getString("name"));
    assertEquals("Coordinator", contact.getString("title"));
    assertEquals("pat@example.org", withToken.getString("email"));
    assertTrue(admin.directoryData().exportOpenReferralDataset().contains("Pat Private"));

    assertThrows(
        NotFoundException.class,
        () ->
            supplier
                .directoryData()
                .getOpenReferralService("00000000-0000-4000-8000-000000000000"));
  }

  // ---- imports ------------------------------------------------------------------------------

  @Test
  void anOrukDocumentRoundTripsUpdatingByIdentifierAndCreatingNewOrganisations() throws Exception {
    String tag = tag();
    DirectoryOrganisation existing = vcfse("Round Trip " + tag, tag, List.of("mental-health"));
    JsonObject dataset = json(admin.directoryData().exportOpenReferralDataset());
    JsonObject exportedOrg =
        dataset.getJsonArray("organizations").getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("id").equals(existing.getId()))
            .findFirst()
            .orElseThrow();
    JsonObject exportedService =
        dataset.getJsonArray("services").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("id").equals(existing.getId()))
            .findFirst()
            .orElseThrow();

    String number = charityNumber();
    JsonObject changed =
        Json.createObjectBuilder(exportedOrg)
            .add("description", "Rewritten elsewhere " + tag)
            .build();
    JsonObject newOrg =
        json(
            "{\"id\": \"11111111-1111-4111-8111-111111111111\", \"name\": \"Imported Friends "
                + tag
                + "\","
                + " \"description\": \"Lunch clubs "
                + tag
                + "\", \"website\": \"https://friends.example.invalid\","
                + " \"organization_identifiers\": [{\"id\": \"22222222-2222-4222-8222-222222222222\", \"identifier_scheme\": \"GB-CHC\","
                + "  \"identifier_type\": \"Charity number\", \"identifier\": \""
                + number
                + "\"}]}");
    JsonObject newService =
        json(
            "{\"id\": \"33333333-3333-4333-8333-333333333333\", \"name\": \"Lunch club\", \"status\": \"active\","
                + " \"organization_id\": \"11111111-1111-4111-8111-111111111111\","
                + " \"service_areas\": [{\"id\": \"44444444-4444-4444-8444-444444444444\", \"name\": \"Liverpool\", \"extent\": \""
                + LIVERPOOL
                + "\"}],"
                + " \"attributes\": [{\"id\": \"55555555-5555-4555-8555-555555555555\", \"taxonomy_term\": {\"id\": \"x\", \"name\": \"Older people\","
                + "   \"description\": \"d\", \"taxonomy\": \"svkit-themes\"}}],"
                + " \"service_at_locations\": [{\"id\": \"66666666-6666-4666-8666-666666666666\", \"location\": {\"id\": \"77777777-7777-4777-8777-777777777777\","
                + "   \"location_type\": \"physical\", \"external_identifier\": \"L1 8JQ\", \"external_identifier_type\": \"postcode\"}}]}");
    String document =
        Json.createObjectBuilder()
            .add("organizations", Json.createArrayBuilder().add(changed).add(newOrg))
            .add("services", Json.createArrayBuilder().add(exportedService).add(newService))
            .build()
            .toString();

    DirectoryImportResult result = admin.directoryData().importOpenReferral(document);

    assertEquals(1, result.getCreated());
    assertEquals(1, result.getUpdated());
    assertEquals(DirectoryImportAction.UPDATED, result.getItems().get(0).getAction());
    assertEquals(existing.getId(), result.getItems().get(0).getOrganisationId());
    DirectoryOrganisation updated = admin.directory().getOrganisation(existing.getId());
    assertEquals("Rewritten elsewhere " + tag, updated.getDescription());
    assertEquals(existing.getThemes(), updated.getThemes());
    assertEquals(existing.getPlacesServed(), updated.getPlacesServed());
    assertEquals(
        LegalForm.CIC,
        updated.getLegalForm(),
        "the legal form travels as an svkit-legal-forms attribute");
    assertEquals(IncomeBand.FROM_10K_TO_100K, updated.getIncomeBand());
    assertEquals(
        "pat@example.org",
        updated.getContacts().get(0).getEmail(),
        "an import never overwrites contacts");

    String createdId = result.getItems().get(1).getOrganisationId();
    assertEquals("GB-CHC-" + number, result.getItems().get(1).getIdentifier());
    assertEquals(
        List.of(OrganisationRole.VCFSE),
        admin.organisations().getOrganisation(createdId).getRoles());
    DirectoryOrganisation created = admin.directory().getOrganisation(createdId);
    assertEquals("Imported Friends " + tag, created.getName());
    assertEquals(LegalForm.REGISTERED_CHARITY, created.getLegalForm());
    assertEquals(List.of("older-people"), created.getThemes());
    assertEquals(List.of(LIVERPOOL), created.getPlacesServed());
    assertEquals("L1 8JQ", created.getBase().getPostcode());
    assertEquals(
        List.of(),
        OrukSchema.validate("service", supplier.directoryData().getOpenReferralService(createdId)));

    DirectoryImportResult again = admin.directoryData().importOpenReferral(document);
    assertEquals(0, again.getCreated(), "importing the same document again only updates");
    assertEquals(2, again.getUpdated());
  }

  @Test
  void anOrukDocumentWithOneBadOrganisationImportsNothing() {
    String tag = tag();
    String good = charityNumber();
    String document =
        "{\"organizations\": ["
            + "{\"id\": \"a1\", \"name\": \"Good "
            + tag
            + "\", \"description\": \"\", \"organization_identifiers\": [{\"id\": \"i1\","
            + " \"identifier_scheme\": \"GB-CHC\", \"identifier_type\": \"t\", \"identifier\": \""
            + good
            + "\"}]},"
            + "{\"id\": \"a2\", \"name\": \"Bad "
            + tag
            + "\", \"description\": \"\", \"organization_identifiers\": [{\"id\": \"i2\","
            + " \"identifier_scheme\": \"GB-CHC\", \"identifier_type\": \"t\", \"identifier\": \""
            + charityNumber()
            + "\"}]}],"
            + " \"services\": [{\"id\": \"s2\", \"name\": \"x\", \"status\": \"active\", \"organization_id\": \"a2\","
            + " \"attributes\": [{\"id\": \"t\", \"taxonomy_term\": {\"id\": \"z\", \"name\": \"Knitting\", \"description\": \"d\","
            + " \"taxonomy\": \"svkit-themes\"}}]}]}";

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class, () -> admin.directoryData().importOpenReferral(document));

    assertEquals(422, e.getStatusCode());
    assertEquals(
        List.of("/services/0/attributes/0/taxonomy_term"),
        e.getErrors().stream().map(FieldError::getField).toList());
    assertEquals(
        0,
        services("search=" + tag).getInt("total_items"),
        "the good organisation was not imported either");
    assertThrows(
        PermissionDeniedException.class,
        () -> supplier.directoryData().importOpenReferral(document));
  }

  @Test
  void anOrukImportRefusesSuppliersAndRepeatedIdentifiers() {
    String number = charityNumber();
    String org =
        "{\"id\": \"%s\", \"name\": \"%s\", \"description\": \"\", \"organization_identifiers\": [{\"id\": \"i\","
            + " \"identifier_scheme\": \"%s\", \"identifier_type\": \"t\", \"identifier\": \"%s\"}]}";
    String document =
        "{\"organizations\": ["
            + String.format(org, "a", "Demo supplier", "GB-COH", "09900001")
            + ","
            + String.format(org, "b", "Once", "GB-CHC", number)
            + ","
            + String.format(org, "c", "Twice", "GB-CHC", number)
            + "]}";

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class, () -> admin.directoryData().importOpenReferral(document));

    assertEquals(
        List.of(
            "/organizations/0/organization_identifiers/0/identifier",
            "/organizations/2/organization_identifiers/0/identifier"),
        e.getErrors().stream().map(FieldError::getField).toList());
    assertTrue(
        e.getErrors().get(0).getMessage().contains("not as a VCFSE"),
        e.getErrors().get(0).getMessage());
    assertTrue(
        e.getErrors().get(1).getMessage().contains("appears twice"),
        e.getErrors().get(1).getMessage());
  }

  @Test
  void charityRegisterCsvCreatesThenUpdatesByRegisteredNumber() {
    String tag = tag();
    String hub = charityNumber();
    String youth = charityNumber();
    String header =
        "organisation_number,registered_charity_number,linked_charity_number,charity_name,charity_registration_status,"
            + "latest_income,charity_contact_postcode,charity_contact_web,charity_is_cio,charity_activities\n";
    String csv =
        header
            + "1,"
            + hub
            + ",0,Food Hub "
            + tag
            + ",Registered,45000.00,CH41 5AB,www.hub.example.invalid,True,\"Food parcels, "
            + tag
            + "\"\n"
            + "2,"
            + hub
            + ",1,Food Hub branch "
            + tag
            + ",Registered,100,,,False,\n"
            + "3,"
            + youth
            + ",0,Youth "
            + tag
            + ",Registered,2500000,L1 8JQ,,False,Youth clubs "
            + tag
            + "\n"
            + "4,"
            + charityNumber()
            + ",0,Gone "
            + tag
            + ",Removed,100,,,False,\n";

    DirectoryImportResult first = admin.directoryData().importCharityRegister(csv);

    assertEquals(2, first.getCreated());
    assertEquals(List.of(3, 5), first.getSkipped().stream().map(s -> s.getLine()).toList());
    String hubId = first.getItems().get(0).getOrganisationId();
    DirectoryOrganisation hubProfile = admin.directory().getOrganisation(hubId);
    assertEquals("GB-CHC-" + hub, hubProfile.getIdentifier());
    assertEquals(LegalForm.CIO, hubProfile.getLegalForm());
    assertEquals(IncomeBand.FROM_10K_TO_100K, hubProfile.getIncomeBand());
    assertEquals("CH41 5AB", hubProfile.getBase().getPostcode());
    assertEquals(WIRRAL, hubProfile.getBase().getPlaceCode());
    assertEquals("Food parcels, " + tag, hubProfile.getDescription());
    assertEquals(
        IncomeBand.FROM_1M_TO_5M,
        admin
            .directory()
            .getOrganisation(first.getItems().get(1).getOrganisationId())
            .getIncomeBand());

    DirectoryImportResult second =
        admin
            .directoryData()
            .importCharityRegister(
                header + "1," + hub + ",0,Wirral Food Hub " + tag + ",Registered,150000,,,True,\n");

    assertEquals(1, second.getUpdated());
    assertEquals(hubId, second.getItems().get(0).getOrganisationId());
    assertEquals("Wirral Food Hub " + tag, admin.organisations().getOrganisation(hubId).getName());
    DirectoryOrganisation renamed = admin.directory().getOrganisation(hubId);
    assertEquals("Wirral Food Hub " + tag, renamed.getName());
    assertEquals(IncomeBand.FROM_100K_TO_500K, renamed.getIncomeBand());
    assertEquals(
        "CH41 5AB", renamed.getBase().getPostcode(), "an empty cell keeps what the profile has");
    assertEquals(
        2,
        services("search=" + tag).getInt("total_items"),
        "two charities, neither the branch nor the removed one");
  }

  @Test
  void aCharityCsvWithBadRowsLeavesTheDirectoryUnchangedAndListsEveryProblem() {
    String tag = tag();
    String csv =
        "registered_charity_number,charity_name,latest_income,charity_contact_postcode\n"
            + charityNumber()
            + ",Fine "
            + tag
            + ",1000,CH41 5AB\n"
            + charityNumber()
            + ",Nowhere "
            + tag
            + ",1000,ZZ9 9ZZ\n"
            + charityNumber()
            + ",Rich "
            + tag
            + ",lots,\n"
            + "12,Short number "
            + tag
            + ",,\n";

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class, () -> admin.directoryData().importCharityRegister(csv));

    assertEquals(
        List.of(
            "line 3.charity_contact_postcode",
            "line 4.latest_income",
            "line 5.registered_charity_number"),
        e.getErrors().stream().map(FieldError::getField).toList());
    assertTrue(e.getDetail().contains("nothing was imported"), e.getDetail());
    assertEquals(
        0,
        services("search=" + tag).getInt("total_items"),
        "the valid row was not imported either");
    assertThrows(
        PermissionDeniedException.class, () -> supplier.directoryData().importCharityRegister(csv));
  }
}
