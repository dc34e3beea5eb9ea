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
    String body =
        "{\"name\": \""
            + name
            + "\", \"roles\": [\"VCFSE\"], \"identifier\": \""
            + uniqueCompanyIdentifier()
            + "\"}";
    Http.Reply reply = http().post("/api/v1/organisations", body).token(admin).send();
    assertEquals(201, reply.status(), reply.body());
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("name"))
        .toList();
  }

  @Test
  void followingNextLinksVisitsEveryItemOnceInOrder() {
    String prefix = unique("Paging walk");
    for (String suffix : List.of("e", "a", "d", "b", "c")) {
      register(prefix + " " + suffix);
    }
    List<String> seen = new ArrayList<>();
    String next =
        "/api/v1/organisations?limit=2&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
    int pages = 0;
    while (next != null) {
      JsonObject page = http().get(next).token(admin).send().json();
      seen.addAll(names(page));
      next = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(
        List.of("a", "b", "c", "d", "e").stream().map(s -> prefix + " " + s).toList(), seen);
  }

  @Test
  void pagesStayStableWhenRowsAreInsertedBeforeTheCursor() {
    String prefix = unique("Paging stable");
    for (String suffix : List.of("b", "c", "d")) {
      register(prefix + " " + suffix);
    }
    String query =
        "/api/v1/organisations?limit=2&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
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
    Http.Reply reply =
        http().get("/api/v1/organisations?cursor=bm90LWEtY3Vyc29y").token(admin).send();

    assertEquals(400, reply.status());
    assertEquals("/problems/invalid-cursor", reply.json().getString("type"));
  }

  /**
   * Cursors crafted to look issued (the right shape and arity) but holding keys no database column
   * holds: a year-999999999 timestamp, numbers out of any range, control characters, a long key.
   * Each was a 500 with a logged stack trace on some list; each must be a 400.
   */
  @Test
  void craftedCursorsAreInvalidCursorProblemsOnEveryKeysetList() {
    java.util.Map<String, List<String>> hostileByType =
        java.util.Map.of(
            "timestamp",
                List.of(
                    "+999999999-12-31T23:59:59Z",
                    "-999999999-01-01T00:00:00Z",
                    "0000-00-00",
                    "1e309"),
            "number",
                List.of(
                    "1e309", "-1e300", "NaN", "Infinity", "99999999999999999999999", "2026-12-04"),
            "text", List.of(),
            "id", List.of());
    // JSON escapes, so the keys decode to strings holding NUL and US.
    // 1,200 characters: a cursor under the parameter's 2,048, a key over 1,000.
    List<String> hostileForAny = List.of("a\\u0000b", "a\\u001fb", "x".repeat(1200));
    java.util.Map<String, String> validByType =
        java.util.Map.of(
            "timestamp", "2026-12-04T10:00:00Z", "number", "1", "text", "a", "id", "a");
    // path, the types of its cursor's keys, token (null: anonymous)
    List<Object[]> lists =
        List.of(
            new Object[] {"/api/v1/organisations", List.of("text", "id"), admin},
            new Object[] {"/api/v1/audit-events", List.of("timestamp", "id"), admin},
            new Object[] {
              "/api/v1/tenders", List.of("timestamp", "id"), Tokens.of("GB-LAE-WRL", "buyer")
            },
            new Object[] {
              "/api/v1/directory/organisations?sort=relevance&q=food",
              List.of("number", "text", "id"),
              null
            },
            new Object[] {
              "/api/v1/directory/needs?sort=expiry", List.of("number", "text", "id"), null
            },
            new Object[] {
              "/api/v1/directory/needs?sort=newest", List.of("number", "text", "id"), null
            },
            new Object[] {"/api/v1/directory/offers", List.of("number", "text", "id"), null});
    int sent = 0;
    for (Object[] list : lists) {
      @SuppressWarnings("unchecked")
      List<String> types = (List<String>) list[1];
      for (int position = 0; position < types.size(); position++) {
        List<String> hostile = new ArrayList<>(hostileByType.get(types.get(position)));
        hostile.addAll(hostileForAny);
        for (String key : hostile) {
          StringBuilder json = new StringBuilder("[\"1\"");
          for (int k = 0; k < types.size(); k++) {
            json.append(",\"")
                .append(k == position ? key : validByType.get(types.get(k)))
                .append('"');
          }
          String cursor =
              java.util.Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
          String path = (String) list[0];
          Http.Call call = http().get(path + (path.contains("?") ? "&" : "?") + "cursor=" + cursor);
          if (list[2] != null) {
            call.token((String) list[2]);
          }
          Http.Reply reply = call.send();
          String what =
              path
                  + " with key "
                  + position
                  + " = "
                  + (key.length() > 40 ? key.substring(0, 40) + "..." : key);
          assertEquals(400, reply.status(), what + ": " + reply.body());
          assertEquals("/problems/invalid-cursor", reply.json().getString("type"), what);
          sent++;
        }
      }
    }
    assertTrue(sent >= 60, "crafted cursors sent: " + sent);
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
