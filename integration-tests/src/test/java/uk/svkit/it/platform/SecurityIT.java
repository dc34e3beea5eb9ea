package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/** Bearer tokens, roles and the organisation claim. */
class SecurityIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";

  private static void assertProblem(Http.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(type, reply.json().getString("type"));
  }

  @Test
  void noTokenIsUnauthenticated() {
    Http.Reply reply = http().get("/api/v1/organisations/me").send();

    assertProblem(reply, 401, "/problems/unauthenticated");
    assertEquals("Bearer", reply.header("WWW-Authenticate"));
  }

  @Test
  void tokenSignedByAnotherKeyIsUnauthenticated() {
    assertProblem(
        http().get("/api/v1/organisations/me").token(Tokens.foreign(WIRRAL, "buyer")).send(),
        401,
        "/problems/unauthenticated");
  }

  @Test
  void tokenForAnotherAudienceIsUnauthenticated() {
    // Same issuer, same key, right organisation and role: only the audience says it was minted for
    // another application, and that is enough to refuse it.
    assertProblem(
        http()
            .get("/api/v1/organisations/me")
            .token(Tokens.forAudience("another-app", WIRRAL, "buyer"))
            .send(),
        401,
        "/problems/unauthenticated");
    assertEquals(
        200,
        http()
            .get("/api/v1/organisations/me")
            .token(Tokens.forAudience("svkit", WIRRAL, "buyer"))
            .send()
            .status());
  }

  @Test
  void expiredTokenIsUnauthenticated() {
    assertProblem(
        http().get("/api/v1/organisations/me").token(Tokens.expired(WIRRAL, "buyer")).send(),
        401,
        "/problems/unauthenticated");
  }

  @Test
  void garbageTokenIsUnauthenticated() {
    assertProblem(
        http().get("/api/v1/organisations/me").token("not.a.jwt").send(),
        401,
        "/problems/unauthenticated");
  }

  @Test
  void validDemoTokenActsForItsOrganisation() {
    Http.Reply reply =
        http().get("/api/v1/organisations/me").token(Tokens.of(WIRRAL, "buyer")).send();

    assertEquals(200, reply.status(), reply.body());
    assertEquals(WIRRAL, reply.json().getString("identifier"));
  }

  @Test
  void wrongRoleIsForbidden() {
    String body =
        "{\"name\": \"Sneaky Ltd\", \"roles\": [\"SUPPLIER\"], \"identifier\": \""
            + uniqueCompanyIdentifier()
            + "\"}";

    assertProblem(
        http().post("/api/v1/organisations", body).token(Tokens.of(WIRRAL, "buyer")).send(),
        403,
        "/problems/forbidden");
  }

  @Test
  void tokenWithoutAnyKnownRoleIsForbidden() {
    assertProblem(
        http().get("/api/v1/organisations/me").token(Tokens.of(WIRRAL, "janitor")).send(),
        403,
        "/problems/forbidden");
  }

  @Test
  void tokenNamingAnUnknownOrganisationIsForbidden() {
    assertProblem(
        http()
            .get("/api/v1/organisations/me")
            .token(Tokens.of("GB-COH-00000001", "supplier"))
            .send(),
        403,
        "/problems/forbidden");
  }

  @Test
  void tokenWithoutOrganisationIsForbiddenUnlessPlatformAdmin() {
    assertProblem(
        http().get("/api/v1/organisations").token(Tokens.of(null, "buyer")).send(),
        403,
        "/problems/forbidden");
    assertEquals(200, http().get("/api/v1/organisations").token(Tokens.admin()).send().status());
  }

  @Test
  void referenceGeographyIsPublic() {
    Http.Reply places = http().get("/api/v1/places").send();
    Http.Reply district = http().get("/api/v1/postcode-districts/ch41").send();

    assertEquals(200, places.status(), places.body());
    assertEquals(200, district.status(), district.body());
    assertEquals("E08000015", district.json().getString("placeCode"));
  }
}
