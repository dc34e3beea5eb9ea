package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/** Every kind of bad input answers RFC 9457 problem details, never HTML or a stack trace. */
class ProblemDetailsIT extends SvkitServer {
  private final String admin = Tokens.admin();

  private static JsonObject assertProblem(Http.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"),
        reply.header("Content-Type"));
    JsonObject problem = reply.json();
    assertEquals(type, problem.getString("type"));
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertEquals(reply.header("X-Request-Id"), problem.getString("instance"));
    assertFalse(reply.body().contains("Exception"), "no exception text: " + reply.body());
    assertFalse(reply.body().contains("\tat "), "no stack trace");
    return problem;
  }

  @Test
  void unknownApiPathIsANotFoundProblem() {
    assertProblem(
        http().get("/api/v1/no-such-thing").token(admin).send(), 404, "/problems/not-found");
  }

  @Test
  void unknownPathOutsideTheApiIsANotFoundProblem() {
    assertProblem(http().get("/no/such/page.html").send(), 404, "/problems/not-found");
  }

  @Test
  void unknownOrganisationIdIsANotFoundProblem() {
    assertProblem(
        http()
            .get("/api/v1/organisations/00000000-0000-4000-8000-00000000dead")
            .token(admin)
            .send(),
        404,
        "/problems/not-found");
  }

  @Test
  void wrongMethodIsAMethodNotAllowedProblemWithAllow() {
    Http.Reply reply = http().method("DELETE", "/api/v1/places", null).token(admin).send();

    assertProblem(reply, 405, "/problems/method-not-allowed");
    assertTrue(reply.header("Allow").contains("GET"), reply.header("Allow"));
  }

  @Test
  void wrongContentTypeIsAnUnsupportedMediaTypeProblem() {
    Http.Reply reply =
        http()
            .method("POST", "/api/v1/organisations", "name=x")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .token(admin)
            .send();

    assertProblem(reply, 415, "/problems/unsupported-media-type");
  }

  @Test
  void unacceptableAcceptHeaderIsANotAcceptableProblem() {
    Http.Reply reply = http().get("/api/v1/places").header("Accept", "application/xml").send();

    assertProblem(reply, 406, "/problems/not-acceptable");
  }

  @Test
  void malformedJsonIsAMalformedRequestProblem() {
    Http.Reply reply =
        http().post("/api/v1/organisations", "{\"name\": \"Unclosed").token(admin).send();

    assertProblem(reply, 400, "/problems/malformed-request");
  }

  @Test
  void wrongJsonTypeIsAFieldError() {
    Http.Reply reply =
        http()
            .post("/api/v1/organisations", "{\"name\": \"Acme\", \"roles\": \"BUYER\"}")
            .token(admin)
            .send();

    JsonObject problem = assertProblem(reply, 400, "/problems/validation-failed");
    assertEquals("roles", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void missingBodyIsAValidationProblem() {
    Http.Reply reply = http().post("/api/v1/organisations", "").token(admin).send();

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
  }

  @Test
  void invalidFieldsAreListedOneByOne() {
    String body =
        "{\"name\": \"\", \"roles\": [\"BUYER\", \"PIRATE\"], \"identifier\": \"GB-CHC-1\", \"otherIdentifiers\": [\"\"]}";

    JsonObject problem =
        assertProblem(
            http().post("/api/v1/organisations", body).token(admin).send(),
            400,
            "/problems/validation-failed");

    List<String> fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(
        fields.containsAll(List.of("name", "roles[1]", "otherIdentifiers[0]")), fields.toString());
  }

  @Test
  void identifierInTheWrongFormatForItsSchemeIsAFieldError() {
    String body =
        "{\"name\": \"Bad Charity\", \"roles\": [\"VCFSE\"], \"identifier\": \"GB-CHC-12AB\"}";

    JsonObject problem =
        assertProblem(
            http().post("/api/v1/organisations", body).token(admin).send(),
            400,
            "/problems/validation-failed");

    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("identifier", error.getString("field"));
    assertTrue(error.getString("message").contains("GB-CHC"), error.getString("message"));
  }

  @Test
  void overlongStringsAreRejected() {
    String body =
        "{\"name\": \""
            + "x".repeat(301)
            + "\", \"roles\": [\"VCFSE\"], \"identifier\": \"GB-CHC-1234567\"}";

    JsonObject problem =
        assertProblem(
            http().post("/api/v1/organisations", body).token(admin).send(),
            400,
            "/problems/validation-failed");

    assertEquals("name", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void bodyOverTheSizeLimitIsAPayloadTooLargeProblem() {
    String body = "{\"name\": \"" + "x".repeat(70_000) + "\"}";

    assertProblem(
        http().post("/api/v1/organisations", body).token(admin).send(),
        413,
        "/problems/payload-too-large");
  }

  @Test
  void invalidQueryParameterIsAFieldError() {
    JsonObject problem =
        assertProblem(
            http().get("/api/v1/organisations?limit=0").token(admin).send(),
            400,
            "/problems/validation-failed");

    assertEquals("limit", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertNotNull(problem.getJsonArray("errors").getJsonObject(0).getString("message"));
  }

  @Test
  void unconvertibleQueryParameterIsAFieldErrorNotA404() {
    JsonObject problem =
        assertProblem(
            http().get("/api/v1/organisations?limit=abc").token(admin).send(),
            400,
            "/problems/validation-failed");

    assertEquals("limit", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void unknownEnumValueListsTheAllowedValues() {
    String buyer = Tokens.of("GB-LAE-WRL", "buyer");
    JsonObject problem =
        assertProblem(
            http().get("/api/v1/question-sets?status=ARCHIVED").token(buyer).send(),
            400,
            "/problems/validation-failed");

    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("status", error.getString("field"));
    assertTrue(error.getString("message").contains("DRAFT, PUBLISHED"), error.getString("message"));
  }

  @Test
  void nonBooleanQueryParameterIsRefused() {
    Http.Reply reply =
        http()
            .get("/api/v1/directory/organisations?facets=maybe")
            .token(Tokens.of("GB-LAE-WRL", "buyer"))
            .send();

    assertEquals(
        "facets",
        assertProblem(reply, 400, "/problems/validation-failed")
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field"));
  }

  @Test
  void nulCharacterInJsonIsRefused() {
    String body =
        "{\"name\": \"Nul\\u0000Charity\", \"roles\": [\"VCFSE\"], \"identifier\": \"GB-CHC-1234567\"}";

    JsonObject problem =
        assertProblem(
            http().post("/api/v1/organisations", body).token(admin).send(),
            400,
            "/problems/malformed-request");
    assertTrue(problem.getString("detail").contains("NUL"), problem.getString("detail"));
  }

  @Test
  void overLongQueryStringIsAUriTooLongProblem() {
    assertProblem(
        http().get("/api/v1/organisations?q=" + "a".repeat(9_000)).token(admin).send(),
        414,
        "/problems/uri-too-long");
  }
}
