package uk.svkit.api.directory.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.directory.domain.Contact;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.VcfseProfile;

class OrukMapperTest {
  static final String ID = "8f1f3c39-0000-4000-8000-000000000006";

  static OrukVocabulary vocabulary() {
    Map<String, String> themes = new LinkedHashMap<>();
    themes.put("MENTAL_HEALTH", "Mental health");
    themes.put("OLDER_PEOPLE", "Older people");
    return new OrukVocabulary(themes);
  }

  static VcfseProfile profile() {
    return new VcfseProfile(
        ID,
        "Wirral Minds",
        "GB-CHC-1990001",
        new VcfseProfile.Details(
            LegalForm.CIO,
            "Peer support groups",
            "www.wirralminds.example",
            IncomeBand.FROM_100K_TO_500K,
            new LinkedHashSet<>(List.of("OLDER_PEOPLE", "MENTAL_HEALTH")),
            Set.of("Carers"),
            new LinkedHashSet<>(List.of("E08000015", "E08000012")),
            new VcfseProfile.Location("CH41 5AB", 53.39402, -3.03022, "E08000015"),
            false,
            List.of(
                new Contact(0, "Pat Example", "Manager", "pat@example.invalid", "0151 000 0000"))));
  }

  static OrukMapper mapper(boolean withContacts) {
    return new OrukMapper(vocabulary(), Map.of("E08000015", "Wirral"), withContacts);
  }

  @Test
  void anOrganizationCarriesItsOrgIdIdentifierLegalFormAndIncomeBand() {
    JsonObject org = mapper(false).organization(profile());

    assertEquals(ID, org.getString("id"));
    assertEquals("Wirral Minds", org.getString("name"));
    assertEquals("Peer support groups", org.getString("description"));
    assertEquals("https://www.wirralminds.example", org.getString("website"));
    JsonObject identifier = org.getJsonArray("organization_identifiers").getJsonObject(0);
    assertEquals("GB-CHC", identifier.getString("identifier_scheme"));
    assertEquals("1990001", identifier.getString("identifier"));
    assertEquals(ID, identifier.getString("organization_id"));
    List<String> terms =
        org.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
            .map(
                a ->
                    a.getJsonObject("taxonomy_term").getString("taxonomy")
                        + "/"
                        + a.getJsonObject("taxonomy_term").getString("term"))
            .toList();
    assertEquals(List.of("svkit-legal-forms/CIO", "svkit-income-bands/FROM_100K_TO_500K"), terms);
  }

  @Test
  void theServiceNestsAreasLocationAndThemesWithStableIds() {
    VcfseProfile profile = profile();
    JsonObject service = mapper(false).service(profile);

    assertEquals(ID, service.getString("id"));
    assertEquals(ID, service.getString("organization_id"));
    assertEquals("active", service.getString("status"));
    assertTrue(
        service
            .getString("last_modified")
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    List<JsonObject> areas = service.getJsonArray("service_areas").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("E08000012", "E08000015"), areas.stream().map(a -> a.getString("extent")).toList());
    assertEquals("Wirral", areas.get(1).getString("name"));
    assertEquals(
        "E08000012",
        areas.get(0).getString("name"),
        "a code without a known place is named by itself");
    assertEquals(OrukMapper.ONS_AREA_URI + "E08000015", areas.get(1).getString("uri"));
    JsonObject location =
        service.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location");
    assertEquals(
        "CH41",
        location.getString("external_identifier"),
        "the public sees the district of a VCFSE that does not publish its exact location");
    assertEquals(
        "CH41 5AB",
        mapper(true)
            .service(profile)
            .getJsonArray("service_at_locations")
            .getJsonObject(0)
            .getJsonObject("location")
            .getString("external_identifier"),
        "those who may see its contacts see the full postcode");
    assertEquals(53.39402, location.getJsonNumber("latitude").doubleValue());
    List<JsonObject> themes = service.getJsonArray("attributes").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("MENTAL_HEALTH", "OLDER_PEOPLE"),
        themes.stream().map(a -> a.getJsonObject("taxonomy_term").getString("term")).toList());
    assertEquals(
        vocabulary().term(OrukVocabulary.THEMES, "MENTAL_HEALTH").orElseThrow().id(),
        themes.get(0).getString("taxonomy_term_id"));
    assertEquals(
        service,
        mapper(false).service(profile),
        "the same profile maps to the same document, ids included");
    assertNotEquals(areas.get(0).getString("id"), areas.get(1).getString("id"));
  }

  @Test
  void contactsAndTheirEmailOnlyForAuthenticatedCallers() {
    JsonObject anonymous = mapper(false).service(profile());
    assertFalse(anonymous.containsKey("contacts"));
    assertFalse(anonymous.containsKey("email"));
    assertFalse(anonymous.toString().contains("Pat Example"));

    JsonObject authenticated = mapper(true).service(profile());
    JsonObject contact = authenticated.getJsonArray("contacts").getJsonObject(0);
    assertEquals("Pat Example", contact.getString("name"));
    assertEquals("Manager", contact.getString("title"));
    assertEquals("pat@example.invalid", authenticated.getString("email"));
  }

  @Test
  void thePageEnvelopeCountsPages() {
    JsonObject middle =
        OrukMapper.page(List.of(mapper(false).serviceSummary(profile())), 21, 2, 10);
    assertEquals(21, middle.getInt("total_items"));
    assertEquals(3, middle.getInt("total_pages"));
    assertEquals(2, middle.getInt("page_number"));
    assertEquals(1, middle.getInt("size"));
    assertFalse(middle.getBoolean("first_page"));
    assertFalse(middle.getBoolean("last_page"));
    assertFalse(middle.getBoolean("empty"));

    JsonObject none = OrukMapper.page(List.of(), 0, 1, 10);
    assertEquals(0, none.getInt("total_pages"));
    assertTrue(
        none.getBoolean("first_page") && none.getBoolean("last_page") && none.getBoolean("empty"));
  }
}
