package uk.svkit.api.directory.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.directory.application.DirectoryImportService.ProfileImport;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.platform.problem.Problem;

class OrukReaderTest {
  private final OrukReader reader = new OrukReader(OrukMapperTest.vocabulary());

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  private static List<String> fields(List<Problem.FieldError> errors) {
    return errors.stream().map(e -> e.field).toList();
  }

  @Test
  void readsBackWhatTheExportWrites() {
    OrukMapper mapper = OrukMapperTest.mapper(true);
    JsonObject dataset =
        Json.createObjectBuilder()
            .add(
                "organizations",
                Json.createArrayBuilder().add(mapper.organization(OrukMapperTest.profile())))
            .add(
                "services",
                Json.createArrayBuilder().add(mapper.datasetService(OrukMapperTest.profile())))
            .build();

    OrukReader.Read read = reader.read(dataset);

    assertEquals(List.of(), read.fileProblems());
    ProfileImport row = read.rows().get(0);
    assertEquals(List.of(), row.problems());
    assertEquals("/organizations/0/", row.at());
    assertEquals("GB-CHC-1990001", row.identifier());
    assertEquals("Wirral Minds", row.name());
    assertEquals(LegalForm.CIO, row.legalForm());
    assertEquals(IncomeBand.FROM_100K_TO_500K, row.incomeBand());
    assertEquals(Set.of("MENTAL_HEALTH", "OLDER_PEOPLE"), row.themes());
    assertEquals(Set.of("E08000012", "E08000015"), row.placesServed());
    assertEquals("CH41 5AB", row.basePostcode());
    assertEquals(
        "/services/0/service_at_locations/0/location/external_identifier", row.postcodeField());
    assertEquals("Pat Example", row.contacts().get(0).name());
  }

  @Test
  void readsNestedServicesFromAnotherTool() {
    OrukReader.Read read =
        reader.read(
            json(
                "{'contents': [{'id': 's1', 'name': 'Lunch club', 'status': 'active',"
                    + " 'organization': {'id': 'o1', 'name': 'Hoylake Friends', 'description': 'Lunch clubs',"
                    + "   'organization_identifiers': [{'id': 'i0', 'identifier_type': 'VAT', 'identifier': '123'},"
                    + "     {'id': 'i1', 'identifier_scheme': 'GB-CHC', 'identifier_type': 'Charity', 'identifier': '1234567'}]},"
                    + " 'service_areas': [{'id': 'a1', 'name': 'Wirral', 'uri': 'http://statistics.data.gov.uk/id/statistical-geography/E08000015'},"
                    + "   {'id': 'a2', 'name': 'West Kirby and around'}],"
                    + " 'attributes': [{'id': 't1', 'taxonomy_term': {'id': 'x', 'name': 'Lunch', 'description': 'd', 'taxonomy': 'OpenEligibility'}},"
                    + "   {'id': 't2', 'taxonomy_term': {'id': 'y', 'name': 'Older people', 'description': 'd', 'taxonomy': 'svkit-themes'}}],"
                    + " 'service_at_locations': [{'id': 'l1', 'location': {'id': 'l', 'location_type': 'physical', 'addresses': [{'id': 'ad',"
                    + "   'address_1': '1 Main St', 'city': 'Hoylake', 'state_province': 'Merseyside', 'postal_code': 'CH47 1AA', 'country': 'GB',"
                    + "   'address_type': 'physical'}]}}]}]}"));

    assertEquals(List.of(), read.fileProblems());
    ProfileImport row = read.rows().get(0);
    assertEquals(List.of(), row.problems());
    assertEquals("/contents/0/organization/", row.at());
    assertEquals("GB-CHC-1234567", row.identifier());
    assertEquals(Set.of("OLDER_PEOPLE"), row.themes(), "terms of other taxonomies are ignored");
    assertEquals(Set.of("E08000015"), row.placesServed(), "areas without an ONS code are ignored");
    assertEquals("CH47 1AA", row.basePostcode());
    assertNull(row.legalForm());
  }

  @Test
  void namesEveryProblemByJsonPointer() {
    OrukReader.Read read =
        reader.read(
            json(
                "{'organizations': ["
                    + " {'id': 'o1', 'description': 'no name', 'organization_identifiers': [{'id': 'i', 'identifier_type': 't', 'identifier_scheme': 'GB-CHC', 'identifier': '12'}]},"
                    + " {'id': 'o2', 'name': 'No identifier', 'description': ''}],"
                    + " 'services': [{'id': 's1', 'name': 'x', 'status': 'active', 'organization_id': 'o2',"
                    + "   'attributes': [{'id': 'a', 'taxonomy_term': {'id': 'z', 'name': 'Knitting', 'description': 'd', 'taxonomy': 'svkit-themes'}}]},"
                    + "  {'id': 's2', 'name': 'y', 'status': 'active', 'organization_id': 'nobody'}]}"));

    assertEquals(List.of("/services/1/organization_id"), fields(read.fileProblems()));
    assertEquals(
        List.of("/organizations/0/name", "/organizations/0/organization_identifiers/0/identifier"),
        fields(read.rows().get(0).problems()));
    assertEquals(
        List.of(
            "/organizations/1/organization_identifiers", "/services/0/attributes/0/taxonomy_term"),
        fields(read.rows().get(1).problems()));
  }

  @Test
  void aDocumentWithoutOrganizationsIsAProblem() {
    assertEquals(
        List.of("/organizations"), fields(reader.read(json("{'services': []}")).fileProblems()));
  }
}
