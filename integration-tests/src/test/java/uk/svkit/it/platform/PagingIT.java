package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/** Cursor paging: opaque cursors, next links, a configured ceiling, stability under inserts. */
class PagingIT extends SvkitServer {
  private static final int MAX_LIMIT = Integer.getInteger("svkit.it.paging.max-limit", 5);
  private final String admin = Tokens.admin();

  private void register(String name) {
    String body = "{\"name\": \"" + name + "\", \"roles\": [\"VCFSE\"], \"identifier\": \"" + uniqueCompanyIdentifier() + "\"}";
    Http.Reply reply = http().post("/api/v1/organisations", body).token(admin).send();
    assertEquals(201, reply.status(), reply.body());
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
  }

  @Test
  void followingNextLinksVisitsEveryItemOnceInOrder() {
    String prefix = unique("Paging walk");
    for (String suffix : List.of("e", "a", "d", "b", "c")) {
      register(prefix + " " + suffix);
    }
    List<String> seen = new ArrayList<>();
    String next = "/api/v1/organisations?limit=2&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
    int pages = 0;
    while (next != null) {
      JsonObject page = http().get(next).token(admin).send().json();
      seen.addAll(names(page));
      next = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(List.of("a", "b", "c", "d", "e").stream().map(s -> prefix + " " + s).toList(), seen);
  }

  @Test
  void pagesStayStableWhenRowsAreInsertedBeforeTheCursor() {
    String prefix = unique("Paging stable");
    for (String suffix : List.of("b", "c", "d")) {
      register(prefix + " " + suffix);
    }
    String query = "/api/v1/organisations?limit=2&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
    JsonObject first = http().get(query).token(admin).send().json();
    register(prefix + " a");

    JsonObject second = http().get(first.getString("next")).token(admin).send().json();

    assertEquals(List.of(prefix + " b", prefix + " c"), names(first));
    assertEquals(List.of(prefix + " d"), names(second));
    assertNull(second.get("next"));
  }

  @Test
  void limitAboveTheConfiguredMaximumIsCapped() {
    JsonObject page = http().get("/api/v1/organisations?limit=1000").token(admin).send().json();

    assertEquals(MAX_LIMIT, page.getJsonArray("items").size());
    assertNotNull(page.getString("next"));
    assertTrue(page.getString("next").contains("limit=" + MAX_LIMIT), page.getString("next"));
  }

  @Test
  void forgedCursorIsAnInvalidCursorProblem() {
    Http.Reply reply = http().get("/api/v1/organisations?cursor=bm90LWEtY3Vyc29y").token(admin).send();

    assertEquals(400, reply.status());
    assertEquals("/problems/invalid-cursor", reply.json().getString("type"));
  }

  @Test
  void publicListsPageToo() {
    JsonObject first = http().get("/api/v1/places?limit=4").send().json();
    JsonObject second = http().get(first.getString("next")).send().json();
    JsonObject third = http().get(second.getString("next")).send().json();

    assertEquals(4, first.getJsonArray("items").size());
    assertEquals(4, second.getJsonArray("items").size());
    assertEquals(1, third.getJsonArray("items").size());
    assertNull(third.get("next"));
  }
}
