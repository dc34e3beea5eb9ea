package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.models.AuditAction;
import uk.svkit.sdk.models.AuditEvent;
import uk.svkit.sdk.models.ListAuditEventsOptions;
import uk.svkit.sdk.models.ListPlacesOptions;
import uk.svkit.sdk.models.Place;
import uk.svkit.sdk.models.Postcode;
import uk.svkit.sdk.models.PostcodeDistrict;
import uk.svkit.sdk.models.PostcodeImportResult;

class PlacesAndAuditClientTest {

  private static final String AUDIT_JSON =
      "{\"id\":\"a-1\",\"occurredAt\":"
          + "\"2025-03-04T10:11:12Z\",\"subject\":\"alice\",\"organisationId\":\"o-act\","
          + "\"ownerOrganisationId\":\"o-own\",\"entityType\":\"organisation\","
          + "\"entityId\":\"o-1\",\"action\":\"UPDATED\",\"changedFields\":[\"name\"],"
          + "\"requestId\":\"r-9\"}";

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
  void getPlace() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"code\":\"E08000015\",\"name\":\"Wirral\","
                + "\"kind\":\"metropolitan borough\",\"population\":320000}"));

    Place place = client.places().getPlace("E08000015");

    assertEquals("E08000015", place.getCode());
    assertEquals("Wirral", place.getName());
    assertEquals("metropolitan borough", place.getKind());
    assertEquals("/api/v1/places/E08000015", stub.lastRequest().path());
  }

  @Test
  void listPlacesSendsLimit() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":[{\"code\":\"E08000015\",\"name\":\"Wirral\"},"
                + "{\"code\":\"E06000049\",\"name\":\"Cheshire East\"}],\"next\":null}"));

    List<String> names =
        client.places().listPlaces(ListPlacesOptions.builder().limit(50).build()).stream()
            .map(Place::getName)
            .collect(Collectors.toList());

    assertEquals(List.of("Wirral", "Cheshire East"), names);
    assertEquals("limit=50", stub.lastRequest().query());
  }

  @Test
  void getPostcodeDistrict() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"outcode\":\"CH41\",\"latitude\":53.39402,"
                + "\"longitude\":-3.03022,\"placeCode\":\"E08000015\"}"));

    PostcodeDistrict d = client.places().getPostcodeDistrict("CH41");

    assertEquals("CH41", d.getOutcode());
    assertEquals(53.39402, d.getLatitude(), 1e-9);
    assertEquals(-3.03022, d.getLongitude(), 1e-9);
    assertEquals("E08000015", d.getPlaceCode());
    assertEquals("/api/v1/postcode-districts/CH41", stub.lastRequest().path());
  }

  @Test
  void getPostcodeEncodesTheSpace() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"postcode\":\"CH41 5AB\",\"latitude\":53.3939,"
                + "\"longitude\":-3.0294,\"placeCode\":\"E08000015\",\"importedAt\":\"2026-11-22T10:00:00Z\"}"));

    Postcode p = client.places().getPostcode("CH41 5AB");

    assertEquals("CH41 5AB", p.getPostcode());
    assertEquals(53.3939, p.getLatitude(), 1e-9);
    assertEquals(-3.0294, p.getLongitude(), 1e-9);
    assertEquals("E08000015", p.getPlaceCode());
    assertEquals(OffsetDateTime.parse("2026-11-22T10:00:00Z"), p.getImportedAt());
    assertEquals("/api/v1/postcodes/CH41%205AB", stub.lastRequest().path());
  }

  @Test
  void importPostcodesPostsTheCsvAsIs() {
    stub.enqueue(
        Reply.json(200, "{\"importId\":\"i-1\",\"inserted\":2,\"updated\":1,\"skipped\":1}"));
    String csv = "pcds,lat,long,oslaua\r\nCH41 5AB,53.39,-3.03,E08000015\r\n";

    PostcodeImportResult result = client.places().importPostcodes(csv);

    assertEquals("i-1", result.getImportId());
    assertEquals(2, result.getInserted());
    assertEquals(1, result.getUpdated());
    assertEquals(1, result.getSkipped());
    assertEquals("POST", stub.lastRequest().method);
    assertEquals("/api/v1/postcodes", stub.lastRequest().path());
    assertEquals(csv, stub.lastRequest().body);
    assertEquals("text/csv", stub.lastRequest().header("Content-Type").split(";")[0]);
  }

  @Test
  void importPostcodesReportsBadLines() {
    stub.enqueue(
        Reply.raw(
            422,
            "application/problem+json",
            "{\"type\":\"/problems/business-rule-violated\","
                + "\"title\":\"Business rule violated\",\"status\":422,\"detail\":\"The file has invalid lines\","
                + "\"errors\":[{\"field\":\"line 3.lat\",\"message\":\"'north' is not a number\"}]}"));

    uk.svkit.sdk.exception.BusinessRuleException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            uk.svkit.sdk.exception.BusinessRuleException.class,
            () -> client.places().importPostcodes("pcds\n"));

    assertEquals("line 3.lat", e.getErrors().get(0).getField());
  }

  @Test
  void getAuditEvent() {
    stub.enqueue(Reply.json(200, AUDIT_JSON));

    AuditEvent e = client.audit().getAuditEvent("a-1");

    assertEquals("a-1", e.getId());
    assertEquals(OffsetDateTime.parse("2025-03-04T10:11:12Z"), e.getOccurredAt());
    assertEquals("alice", e.getSubject());
    assertEquals("o-act", e.getOrganisationId());
    assertEquals("o-own", e.getOwnerOrganisationId());
    assertEquals("organisation", e.getEntityType());
    assertEquals("o-1", e.getEntityId());
    assertEquals(AuditAction.UPDATED, e.getAction());
    assertEquals(List.of("name"), e.getChangedFields());
    assertEquals("r-9", e.getRequestId());
    assertEquals("/api/v1/audit-events/a-1", stub.lastRequest().path());
  }

  @Test
  void listAuditEventsFiltersAndToleratesUnknownAction() {
    stub.enqueue(
        Reply.json(200, "{\"items\":[" + AUDIT_JSON.replace("UPDATED", "ARCHIVED") + "]}"));

    List<AuditEvent> events =
        client
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder().entityType("organisation").entityId("o-1").build())
            .stream()
            .collect(Collectors.toList());

    assertEquals("ARCHIVED", events.get(0).getAction().toString());
    assertEquals("entityType=organisation&entityId=o-1", stub.lastRequest().query());
  }

  @Test
  void missingActionReadsAsNull() {
    stub.enqueue(Reply.json(200, "{\"id\":\"a-2\"}"));

    assertNull(client.audit().getAuditEvent("a-2").getAction());
  }
}
