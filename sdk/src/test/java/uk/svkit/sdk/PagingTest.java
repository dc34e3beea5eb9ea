package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.svkit.sdk.TestSupport.organisationJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.models.ListOrganisationsOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;

class PagingTest {

  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    client = TestSupport.clientFor(stub, new TestSupport.RecordingSleeper());
    // Three pages: cursors c2 and c3; the server echoes filters into next links.
    stub.fallback(
        r -> {
          String q = r.query() == null ? "" : r.query();
          if (q.contains("cursor=c3")) {
            return Reply.json(200, page(null, "o-5"));
          }
          if (q.contains("cursor=c2")) {
            return Reply.json(200, page(next("c3"), "o-3", "o-4"));
          }
          return Reply.json(200, page(next("c2"), "o-1", "o-2"));
        });
  }

  @AfterEach
  void stop() {
    stub.close();
    client.close();
  }

  private String next(String cursor) {
    return stub.endpoint() + "/api/v1/organisations?limit=2&cursor=" + cursor;
  }

  private static String page(String next, String... ids) {
    String items =
        List.of(ids).stream()
            .map(id -> organisationJson(id, "Org " + id))
            .collect(Collectors.joining(","));
    return "{\"items\":["
        + items
        + "]"
        + (next == null ? "" : ",\"next\":\"" + next + "\"")
        + ",\"unknownEnvelopeField\":1}";
  }

  private static List<String> ids(Iterable<Organisation> orgs) {
    List<String> ids = new ArrayList<>();
    orgs.forEach(o -> ids.add(o.getId()));
    return ids;
  }

  @Test
  void followsNextLinksLazily() {
    PagedIterable<Organisation> all =
        client
            .organisations()
            .listOrganisations(ListOrganisationsOptions.builder().limit(2).build());
    assertEquals(0, stub.requests().size(), "nothing is fetched before iteration");

    Iterator<Organisation> it = all.iterator();
    assertEquals("o-1", it.next().getId());
    assertEquals("o-2", it.next().getId());
    assertEquals(1, stub.requests().size(), "second page not fetched until needed");

    assertEquals("o-3", it.next().getId());
    assertEquals(2, stub.requests().size());
    assertEquals("limit=2&cursor=c2", stub.lastRequest().query(), "next URL used as-is");

    assertEquals("o-4", it.next().getId());
    assertEquals("o-5", it.next().getId());
    assertFalse(it.hasNext());
    assertEquals(3, stub.requests().size());
    assertEquals(
        3,
        stub.requests().stream().map(r -> r.header("X-Request-Id")).distinct().count(),
        "each page is its own logical call");
  }

  @Test
  void streamLimitStopsFetching() {
    List<String> firstTwo =
        client.organisations().listOrganisations().stream()
            .limit(2)
            .map(Organisation::getId)
            .collect(Collectors.toList());

    assertEquals(List.of("o-1", "o-2"), firstTwo);
    assertEquals(1, stub.requests().size());
  }

  @Test
  void forEachVisitsAllItemsAndRestartsOnNewIteration() {
    PagedIterable<Organisation> all = client.organisations().listOrganisations();

    assertEquals(List.of("o-1", "o-2", "o-3", "o-4", "o-5"), ids(all));
    assertEquals(List.of("o-1", "o-2", "o-3", "o-4", "o-5"), ids(all));
    assertEquals(6, stub.requests().size());
  }

  @Test
  void byPageExposesCursorsAndResumes() {
    List<String> cursors = new ArrayList<>();
    for (Page<Organisation> page : client.organisations().listOrganisations().byPage()) {
      cursors.add(page.getNextCursor());
    }
    assertEquals(java.util.Arrays.asList("c2", "c3", null), cursors);

    Iterator<Page<Organisation>> resumed =
        client
            .organisations()
            .listOrganisations(
                ListOrganisationsOptions.builder().role(OrganisationRole.VCFSE).limit(2).build())
            .byPage("c3")
            .iterator();
    Page<Organisation> page = resumed.next();
    assertEquals(
        List.of("o-5"),
        page.getItems().stream().map(Organisation::getId).collect(Collectors.toList()));
    assertNull(page.getNextCursor());
    assertFalse(resumed.hasNext());
    assertEquals(
        "limit=2&role=VCFSE&cursor=c3",
        stub.lastRequest().query(),
        "resume keeps the original filters");
  }

  @Test
  void queryParametersAreEncodedLiterally() {
    client
        .organisations()
        .listOrganisations(
            ListOrganisationsOptions.builder()
                .query("Wirral & {Sons} 100%")
                .role(OrganisationRole.fromString("NEW ROLE"))
                .build())
        .iterator()
        .hasNext();

    assertEquals(
        "q=Wirral%20%26%20%7BSons%7D%20100%25&role=NEW%20ROLE", stub.lastRequest().query());
  }

  @Test
  void foreignOriginNextLinkIsRetargetedToTheEndpoint() {
    stub.fallback(
        r ->
            r.query() != null && r.query().contains("cursor=x2")
                ? Reply.json(200, page(null, "o-2"))
                : Reply.json(
                    200, page("http://internal-host:9080/api/v1/organisations?cursor=x2", "o-1")));

    assertEquals(List.of("o-1", "o-2"), ids(client.organisations().listOrganisations()));
    assertEquals("/api/v1/organisations", stub.lastRequest().path());
    assertEquals("cursor=x2", stub.lastRequest().query());
  }

  @Test
  void emptyPagesAreSkippedAndMissingItemsTolerated() {
    stub.fallback(
        r ->
            r.query() != null && r.query().contains("cursor=e2")
                ? Reply.json(200, "{}")
                : Reply.json(
                    200,
                    "{\"items\":[],\"next\":\""
                        + stub.endpoint()
                        + "/api/v1/organisations?cursor=e2\"}"));

    assertFalse(client.organisations().listOrganisations().iterator().hasNext());
    assertEquals(2, stub.requests().size());
  }

  @Test
  void repeatedNextLinkDoesNotLoopForever() {
    stub.fallback(
        r -> Reply.json(200, page(stub.endpoint() + "/api/v1/organisations?cursor=same", "o-1")));

    assertThrows(
        uk.svkit.sdk.exception.SvkitException.class,
        () -> ids(client.organisations().listOrganisations()));
    assertTrue(stub.requests().size() <= 3);
  }

  @Test
  void errorsSurfaceDuringIteration() {
    stub.fallback(r -> Reply.problem(404, "/problems/not-found", "Not found", "no"));
    PagedIterable<Organisation> all = client.organisations().listOrganisations();

    assertThrows(NotFoundException.class, () -> all.iterator().hasNext());
  }
}
