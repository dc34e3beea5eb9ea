package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.models.DirectoryImportAction;
import uk.svkit.sdk.models.DirectoryImportResult;
import uk.svkit.sdk.models.ListOpenReferralServicesOptions;

class DirectoryDataClientTest {

  private static final String IMPORT_RESULT =
      "{\"created\":1,\"updated\":1,\"items\":["
          + "{\"identifier\":\"GB-CHC-1190001\",\"organisationId\":\"o-1\",\"action\":\"CREATED\"},"
          + "{\"identifier\":\"GB-CHC-1190002\",\"organisationId\":\"o-2\",\"action\":\"UPDATED\"}],"
          + "\"skipped\":[{\"line\":4,\"identifier\":\"GB-CHC-1190003\",\"reason\":\"removed from the register\"}]}";

  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    client = TestSupport.clientFor(stub, new TestSupport.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    stub.close();
    client.close();
  }

  @Test
  void listServicesSendsTheOrukQueryParametersAndReturnsThePageAsSent() {
    String page =
        "{\"total_items\":0,\"total_pages\":0,\"page_number\":2,\"size\":0,\"first_page\":false,"
            + "\"last_page\":true,\"empty\":true,\"contents\":[]}";
    stub.enqueue(Reply.json(200, page));

    String body =
        client
            .directoryData()
            .listOpenReferralServices(
                ListOpenReferralServicesOptions.builder()
                    .search("food bank")
                    .taxonomyTermId("POVERTY")
                    .page(2)
                    .perPage(10)
                    .build());

    assertEquals(page, body);
    assertEquals("/api/v1/oruk/services", stub.lastRequest().path());
    assertEquals(
        "search=food%20bank&taxonomy_term_id=POVERTY&page=2&per_page=10",
        stub.lastRequest().query());
  }

  @Test
  void getServiceAndOrganizationAndDataset() {
    stub.enqueue(Reply.json(200, "{\"id\":\"s-1\"}"));
    stub.enqueue(Reply.json(200, "{\"id\":\"o-1\"}"));
    stub.enqueue(Reply.json(200, "{\"organizations\":[]}"));

    assertEquals("{\"id\":\"s-1\"}", client.directoryData().getOpenReferralService("s-1"));
    assertEquals("/api/v1/oruk/services/s-1", stub.lastRequest().path());
    assertEquals("{\"id\":\"o-1\"}", client.directoryData().getOpenReferralOrganization("o-1"));
    assertEquals("/api/v1/oruk/organizations/o-1", stub.lastRequest().path());
    assertEquals("{\"organizations\":[]}", client.directoryData().exportOpenReferralDataset());
    assertEquals("/api/v1/oruk/dataset", stub.lastRequest().path());
  }

  @Test
  void unknownServiceIsNotFound() {
    stub.enqueue(
        Reply.problem(404, "/problems/not-found", "Not found", "Service x was not found."));

    assertThrows(NotFoundException.class, () -> client.directoryData().getOpenReferralService("x"));
    assertThrows(
        IllegalArgumentException.class, () -> client.directoryData().getOpenReferralService(" "));
  }

  @Test
  void importOpenReferralPostsJsonWithAnIdempotencyKey() {
    stub.enqueue(Reply.json(200, IMPORT_RESULT));

    DirectoryImportResult result =
        client.directoryData().importOpenReferral("{\"organizations\":[]}");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/directory/imports", req.path());
    assertTrue(
        req.header("Content-Type").startsWith("application/json"), req.header("Content-Type"));
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(1, result.getCreated());
    assertEquals(1, result.getUpdated());
    assertEquals(DirectoryImportAction.CREATED, result.getItems().get(0).getAction());
    assertEquals("o-2", result.getItems().get(1).getOrganisationId());
    assertEquals(4, result.getSkipped().get(0).getLine());
  }

  @Test
  void importCharityRegisterPostsCsvAndMapsEveryRowProblem() {
    String csv = "registered_charity_number,charity_name\n1190001,Wirral Food Hub\n";
    stub.enqueue(Reply.json(200, IMPORT_RESULT));
    stub.enqueue(
        Reply.raw(
            422,
            "application/problem+json",
            "{\"type\":\"/problems/business-rule-violated\",\"status\":422,"
                + "\"detail\":\"The file has 2 problem(s); nothing was imported.\",\"errors\":["
                + "{\"field\":\"line 2.charity_name\",\"message\":\"is empty\"},"
                + "{\"field\":\"line 3.charity_contact_postcode\",\"message\":\"unknown postcode district ZZ9\"}]}"));

    client.directoryData().importCharityRegister(csv);
    StubServer.Recorded req = stub.lastRequest();
    assertTrue(req.header("Content-Type").startsWith("text/csv"), req.header("Content-Type"));
    assertEquals(csv, req.body);

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class, () -> client.directoryData().importCharityRegister(csv));
    assertEquals(
        List.of("line 2.charity_name", "line 3.charity_contact_postcode"),
        e.getErrors().stream().map(FieldError::getField).toList());
  }

  @Test
  void optionsRejectBadPages() {
    assertThrows(
        IllegalArgumentException.class, () -> ListOpenReferralServicesOptions.builder().page(0));
    assertThrows(
        IllegalArgumentException.class, () -> ListOpenReferralServicesOptions.builder().perPage(0));
    assertThrows(
        NullPointerException.class, () -> client.directoryData().listOpenReferralServices(null));
  }

  @Test
  void typedOrukServicesArePagedThroughByPageNumber() {
    String first =
        "{\"total_items\":3,\"total_pages\":2,\"page_number\":1,\"size\":2,\"first_page\":true,"
            + "\"last_page\":false,\"empty\":false,\"contents\":["
            + "{\"id\":\"s1\",\"organization_id\":\"s1\",\"name\":\"Minds\",\"status\":\"active\","
            + "\"last_modified\":\"2026-11-30T10:15:00.123Z\","
            + "\"organization\":{\"id\":\"s1\",\"name\":\"Minds CIC\",\"organization_identifiers\":"
            + "[{\"identifier_scheme\":\"GB-COH\",\"identifier\":\"09900003\"}]}},"
            + "{\"id\":\"s2\",\"name\":\"Hub\",\"status\":\"active\"}]}";
    String second =
        "{\"total_items\":3,\"total_pages\":2,\"page_number\":2,\"size\":1,\"first_page\":false,"
            + "\"last_page\":true,\"empty\":false,\"contents\":[{\"id\":\"s3\",\"name\":\"Bank\","
            + "\"status\":\"active\",\"service_at_locations\":[{\"id\":\"s3\",\"location\":"
            + "{\"latitude\":53.39402,\"external_identifier\":\"CH41 5AB\"}}]}]}";
    stub.enqueue(Reply.json(200, first), Reply.json(200, second));

    List<uk.svkit.sdk.models.OpenReferralService> all =
        client
            .directoryData()
            .listOrukServices(
                ListOpenReferralServicesOptions.builder()
                    .search("minds")
                    .postcode("CH41 5AB")
                    .proximityMetres(5000)
                    .perPage(2)
                    .build())
            .stream()
            .toList();

    assertEquals(List.of("s1", "s2", "s3"), all.stream().map(s -> s.getId()).toList());
    assertEquals("Minds CIC", all.get(0).getOrganization().getName());
    assertEquals(
        "09900003",
        all.get(0).getOrganization().getOrganizationIdentifiers().get(0).getIdentifier());
    assertEquals(
        java.time.OffsetDateTime.parse("2026-11-30T10:15:00.123Z"), all.get(0).getLastModified());
    assertEquals(
        "CH41 5AB",
        all.get(2).getServiceAtLocations().get(0).getLocation().getExternalIdentifier());
    assertEquals("/api/v1/oruk/services", stub.lastRequest().path());
    assertTrue(stub.lastRequest().query().contains("page=2"), stub.lastRequest().query());
    assertTrue(stub.lastRequest().query().contains("proximity=5000"), stub.lastRequest().query());
    assertTrue(
        stub.lastRequest().query().contains("postcode=CH41%205AB"), stub.lastRequest().query());
  }
}
