package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;

class HealthAndOpenApiIT extends SvkitServer {
  private static final String EXPECTED_DATABASE = System.getProperty("svkit.it.database", "H2");

  @Test
  void readinessIsUpOnTheDatabaseUnderTestOnceMigrated() {
    Http.Reply ready = server().get("/health/ready").send();

    assertEquals(200, ready.status(), ready.body());
    JsonObject check = ready.json().getJsonArray("checks").getJsonObject(0);
    assertEquals("database", check.getString("name"));
    assertEquals("UP", check.getString("status"));
    assertEquals(EXPECTED_DATABASE, check.getJsonObject("data").getString("product"));
  }

  @Test
  void livenessIsUp() {
    Http.Reply live = server().get("/health/live").send();

    assertEquals(200, live.status());
    assertEquals("UP", live.json().getString("status"));
  }

  @Test
  void everyOperationHasAnOperationIdAndDocumentsItsProblemResponses() {
    Http.Reply openapi = server().get("/openapi").header("Accept", "application/json").send();

    assertEquals(200, openapi.status());
    JsonObject paths = openapi.json().getJsonObject("paths");
    assertFalse(paths.isEmpty());
    List<String> operationIds = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      assertTrue(path.getKey().startsWith("/api/v1/"), path.getKey());
      for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
        if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
          continue;
        }
        JsonObject operation = method.getValue().asJsonObject();
        String where = method.getKey() + " " + path.getKey();
        assertTrue(operation.containsKey("operationId"), where + " has no operationId");
        operationIds.add(operation.getString("operationId"));
        JsonObject responses = operation.getJsonObject("responses");
        for (String status : List.of("400", "500")) {
          JsonObject problem = responses.getJsonObject(status);
          assertNotNull(problem, where + " does not document " + status);
          assertTrue(
              problem.getJsonObject("content").containsKey("application/problem+json"),
              where + " " + status);
        }
        if (path.getKey().contains("{")) {
          assertNotNull(responses.getJsonObject("404"), where + " does not document 404");
        }
        // 412 and 428 exactly where the operation takes If-Match (not every PUT does: opt-ins).
        boolean takesIfMatch =
            operation.containsKey("parameters")
                && operation.getJsonArray("parameters").stream()
                    .map(JsonValue::asJsonObject)
                    .anyMatch(
                        p ->
                            "If-Match".equalsIgnoreCase(p.getString("name", ""))
                                || p.getString("$ref", "").endsWith("/IfMatch"));
        if (takesIfMatch) {
          assertNotNull(responses.getJsonObject("412"), where);
          assertNotNull(responses.getJsonObject("428"), where);
        } else {
          assertEquals(null, responses.getJsonObject("412"), where + " takes no If-Match");
        }
      }
    }
    assertEquals(
        operationIds.size(), operationIds.stream().distinct().count(), "operationIds are unique");
    assertTrue(
        operationIds.containsAll(
            List.of(
                "createOrganisation", "getOrganisation", "updateOrganisation", "listAuditEvents")));
    assertTrue(
        openapi.json().getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
  }
}
