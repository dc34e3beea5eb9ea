package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.svkit.sdk.TestSupport.organisationJson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.UpdateOrganisationOptions;

class OrganisationsClientTest {

  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    client = TestSupport.clientFor(stub, new TestSupport.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    stub.close(); // first, so handlers still delaying a reply are released
    client.close();
  }

  @Test
  void getOrganisationMapsBodyAndETagAndSendsStandardHeaders() {
    stub.enqueue(
        Reply.json(200, organisationJson("o-1", "Wirral Council")).header("ETag", "\"3\""));

    Organisation org = client.organisations().getOrganisation("o-1");

    assertEquals("o-1", org.getId());
    assertEquals("Wirral Council", org.getName());
    assertEquals(List.of(OrganisationRole.BUYER), org.getRoles());
    assertEquals("GB-LAE-WRL", org.getIdentifier());
    assertEquals(List.of("GB-COH-01234567"), org.getOtherIdentifiers());
    assertEquals(3, org.getVersion());
    assertEquals(OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), org.getCreatedAt());
    assertEquals(123_000_000, org.getUpdatedAt().getNano());
    assertEquals("\"3\"", org.getETag());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("GET", req.method);
    assertEquals("/api/v1/organisations/o-1", req.path());
    assertEquals("Bearer " + TestSupport.TOKEN, req.header("Authorization"));
    assertTrue(req.header("Accept").contains("application/problem+json"));
    assertNotNull(req.header("X-Request-Id"));
    assertNull(req.header("Idempotency-Key"), "reads carry no idempotency key");
  }

  @Test
  void getMyOrganisationUsesMePath() {
    stub.enqueue(Reply.json(200, organisationJson("o-me", "Me")));

    assertEquals("o-me", client.organisations().getMyOrganisation().getId());
    assertEquals("/api/v1/organisations/me", stub.lastRequest().path());
  }

  @Test
  void pathSegmentsArePercentEncoded() {
    stub.enqueue(Reply.json(200, organisationJson("a b/c", "X")));

    client.organisations().getOrganisation("a b/c");

    assertEquals("/api/v1/organisations/a%20b%2Fc", stub.lastRequest().path());
  }

  @Test
  void unknownFieldsAndUnknownRoleValuesAreTolerated() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"id\":\"o-2\",\"name\":\"Future Org\",\"roles\":"
                + "[\"SUPPLIER\",\"ANCHOR_INSTITUTION\"],\"brandNewField\":{\"nested\":[1,2]},"
                + "\"version\":1,\"anotherOne\":true}"));

    Organisation org = client.organisations().getOrganisation("o-2");

    assertEquals(2, org.getRoles().size());
    assertEquals(OrganisationRole.SUPPLIER, org.getRoles().get(0));
    assertEquals("ANCHOR_INSTITUTION", org.getRoles().get(1).toString());
    assertEquals(OrganisationRole.fromString("ANCHOR_INSTITUTION"), org.getRoles().get(1));
    assertTrue(org.getOtherIdentifiers().isEmpty(), "absent arrays read as empty");
    assertNull(org.getCreatedAt());
  }

  @Test
  void createSendsBodyAndIdempotencyKeyAndReturnsLocationAndETag() {
    stub.enqueue(
        Reply.json(201, organisationJson("o-new", "Wirral Council"))
            .header("Location", stub.endpoint() + "/api/v1/organisations/o-new")
            .header("ETag", "\"1\""));

    Response<Organisation> response =
        client
            .organisations()
            .createOrganisationWithResponse(
                CreateOrganisationOptions.builder()
                    .name("Wirral Council")
                    .roles(OrganisationRole.BUYER)
                    .identifier("GB-LAE-WRL")
                    .otherIdentifiers(List.of("GB-COH-01234567"))
                    .build(),
                null);

    assertEquals(201, response.getStatusCode());
    assertEquals("\"1\"", response.getETag());
    assertEquals("\"1\"", response.getValue().getETag());
    assertTrue(response.getHeader("location").endsWith("/api/v1/organisations/o-new"));
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/organisations", req.path());
    assertTrue(req.header("Content-Type").startsWith("application/json"));
    assertEquals(
        "{\"name\":\"Wirral Council\",\"roles\":[\"BUYER\"],\"identifier\":"
            + "\"GB-LAE-WRL\",\"otherIdentifiers\":[\"GB-COH-01234567\"]}",
        req.body);
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(response.getRequestId(), req.header("X-Request-Id"));
  }

  @Test
  void createOmitsUnsetOptionalFields() {
    stub.enqueue(Reply.json(201, organisationJson("o-new", "Solo")));

    client
        .organisations()
        .createOrganisation(CreateOrganisationOptions.builder().name("Solo").build());

    assertEquals("{\"name\":\"Solo\"}", stub.lastRequest().body);
  }

  @Test
  void updateSendsIfMatchAndBody() {
    stub.enqueue(Reply.json(200, organisationJson("o-1", "Renamed")).header("ETag", "\"4\""));

    Organisation updated =
        client
            .organisations()
            .updateOrganisation(
                "o-1",
                UpdateOrganisationOptions.builder()
                    .name("Renamed")
                    .otherIdentifiers(List.of("GB-CHC-1234"))
                    .build(),
                "\"3\"");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/organisations/o-1", req.path());
    assertEquals("\"3\"", req.header("If-Match"));
    assertEquals("{\"name\":\"Renamed\",\"otherIdentifiers\":[\"GB-CHC-1234\"]}", req.body);
    assertNull(req.header("Idempotency-Key"), "PUT is idempotent; no key needed");
    assertEquals("\"4\"", updated.getETag());
  }

  @Test
  void updateFromReadOrganisationUsesItsIdAndETag() {
    stub.enqueue(
        Reply.json(200, organisationJson("o-1", "Wirral Council")).header("ETag", "\"7\""),
        Reply.json(200, organisationJson("o-1", "Wirral BC")).header("ETag", "\"8\""));
    Organisation current = client.organisations().getOrganisation("o-1");

    Organisation updated =
        client
            .organisations()
            .updateOrganisation(
                current, UpdateOrganisationOptions.builder(current).name("Wirral BC").build());

    assertEquals("\"7\"", stub.lastRequest().header("If-Match"));
    assertTrue(
        stub.lastRequest().body.contains("\"otherIdentifiers\":[\"GB-COH-01234567\"]"),
        "builder(current) keeps the fields not changed");
    assertEquals("\"8\"", updated.getETag());
  }

  @Test
  void bareETagIsQuoted() {
    stub.enqueue(Reply.json(200, organisationJson("o-1", "X")));

    client
        .organisations()
        .updateOrganisation("o-1", UpdateOrganisationOptions.builder().name("X").build(), "3");

    assertEquals("\"3\"", stub.lastRequest().header("If-Match"));
  }

  @Test
  void updateOfOrganisationWithoutETagIsRejectedClientSide() {
    stub.enqueue(Reply.json(200, "{\"items\":[" + organisationJson("o-1", "X") + "]}"));
    Organisation fromList = client.organisations().listOrganisations().iterator().next();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                client
                    .organisations()
                    .updateOrganisation(
                        fromList, UpdateOrganisationOptions.builder().name("Y").build()));
    assertTrue(e.getMessage().contains("getOrganisation"), e.getMessage());
    assertEquals(1, stub.requests().size());
  }

  @Test
  void staleETagRaisesPreconditionFailed() {
    stub.enqueue(
        Reply.problem(
            412, "/problems/precondition-failed", "Precondition failed", "ETag does not match"));

    assertThrows(
        PreconditionFailedException.class,
        () ->
            client
                .organisations()
                .updateOrganisation(
                    "o-1", UpdateOrganisationOptions.builder().name("X").build(), "\"2\""));
  }

  @Test
  void conditionalGetReturnsNullValueOn304() {
    stub.enqueue(Reply.empty(304).header("ETag", "\"3\""));

    Response<Organisation> r =
        client
            .organisations()
            .getOrganisationWithResponse(
                "o-1", RequestOptions.builder().ifNoneMatch("\"3\"").build());

    assertEquals(304, r.getStatusCode());
    assertNull(r.getValue());
    assertEquals("\"3\"", stub.lastRequest().header("If-None-Match"));
  }

  @Test
  void contradictoryIfMatchInRequestOptionsIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client
                .organisations()
                .updateOrganisationWithResponse(
                    "o-1",
                    UpdateOrganisationOptions.builder().name("X").build(),
                    "\"3\"",
                    RequestOptions.builder().ifMatch("\"2\"").build()));
    assertTrue(stub.requests().isEmpty());
  }

  @Test
  void blankIdIsRejectedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> client.organisations().getOrganisation(" "));
    assertThrows(NullPointerException.class, () -> client.organisations().getOrganisation(null));
    assertTrue(stub.requests().isEmpty());
  }

  @Test
  void extraHeadersAndCallerRequestIdAreSent() {
    stub.enqueue(Reply.json(200, organisationJson("o-1", "X")));

    Response<Organisation> r =
        client
            .organisations()
            .getOrganisationWithResponse(
                "o-1",
                RequestOptions.builder()
                    .header("X-Request-Id", "trace-42")
                    .header("X-Tenant-Hint", "wirral")
                    .build());

    assertEquals("trace-42", stub.lastRequest().header("X-Request-Id"));
    assertEquals("wirral", stub.lastRequest().header("X-Tenant-Hint"));
    assertEquals("trace-42", r.getRequestId());
  }
}
