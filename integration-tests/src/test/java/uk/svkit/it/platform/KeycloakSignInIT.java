package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.KeycloakServer;
import uk.svkit.it.support.PackagedServer;
import uk.svkit.sdk.ClientCredentials;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreateQuestionSetOptions;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.QuestionInput;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.QuestionType;

/**
 * Signing in with a real OpenID Connect provider: a Keycloak (started here, realm from
 * src/test/resources/keycloak) issues the tokens, and the packaged svkit server, not in demo mode,
 * trusts it through its JWKS endpoint and reads organisation and roles through the claim mapping
 * for Keycloak the README documents: group paths {@code /svkit/<org-id>/<role>} and realm roles
 * {@code svkit-<role>}. Once, in the H2 run of the suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSignInIT {
  private static final String COUNCIL_A = "GB-COH-09100001";
  private static final String COUNCIL_B = "GB-COH-09100002";

  private KeycloakServer keycloak;
  private PackagedServer svkit;
  private Http api;
  private String aliceToken;

  @BeforeAll
  void startKeycloakAndSvkit() throws Exception {
    Assumptions.assumeFalse(
        "PostgreSQL".equals(System.getProperty("svkit.it.database")),
        "signing in does not depend on the database; one run proves it");
    Path distribution =
        KeycloakServer.distribution()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Keycloak is not unpacked (svkit.it.keycloak.home); the integration-tests"
                            + " build unpacks org.keycloak:keycloak-quarkus-dist"));
    Path java = KeycloakServer.findJava().orElse(null);
    Assumptions.assumeTrue(
        java != null,
        "Keycloak 26 needs Java 21 or later and none was found: set KEYCLOAK_JAVA_HOME or"
            + " -Dsvkit.it.keycloak.java to a JDK 21+ home to run this test");

    Path home = PackagedServer.newHome("keycloak");
    long started = System.nanoTime();
    keycloak = new KeycloakServer(distribution, java).launch(home);
    svkit =
        new PackagedServer(
            home,
            Map.ofEntries(
                Map.entry("SVKIT_DATA_DIR", home.resolve("data").toAbsolutePath().toString()),
                Map.entry(
                    "SVKIT_DB_URL",
                    "jdbc:h2:"
                        + home.resolve("data/svkit").toAbsolutePath()
                        + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE"),
                Map.entry("SVKIT_DB_USER", "sa"),
                Map.entry("MP_JWT_VERIFY_ISSUER", keycloak.issuer()),
                Map.entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUri()),
                Map.entry("MP_JWT_VERIFY_AUDIENCES", "svkit"),
                // Expiry is tested with 5-second tokens; Liberty's default leeway is 5 minutes
                // (and it ignores MP_JWT_VERIFY_CLOCK_SKEW: a first run accepted an expired token).
                Map.entry("SVKIT_JWT_CLOCK_SKEW", "1s"),
                Map.entry("SVKIT_JWT_USER_CLAIM", "preferred_username"),
                Map.entry("SVKIT_IDENTITY_ORGANISATION_GROUP_PREFIX", "/svkit/"),
                Map.entry("SVKIT_IDENTITY_ROLE_CLAIMS", "groups,realm_access.roles"),
                Map.entry("SVKIT_IDENTITY_ROLE_PREFIX", "svkit-")));
    svkit.launch();
    keycloak.awaitReady(Duration.ofSeconds(170));
    System.out.printf(
        "KeycloakSignInIT: Keycloak ready after %d s (beside svkit starting)%n",
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
    svkit.awaitReady();
    System.out.printf(
        "KeycloakSignInIT: both ready after %d s%n",
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
    api = Http.at(PackagedServer.uri(""));

    // Without demo data nobody is registered: the operator, a platform admin by Keycloak realm
    // role, registers both councils as any deployment does.
    String operator = keycloak.passwordToken("svkit-web", "operator", "operator-pass");
    try (SvkitClient admin = Clients.of(PackagedServer.uri(""), operator)) {
      for (String identifier : new String[] {COUNCIL_A, COUNCIL_B}) {
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name("Council " + identifier)
                    .identifier(identifier)
                    .roles(OrganisationRole.BUYER, OrganisationRole.SUPPLIER)
                    .build());
      }
    }
    aliceToken = keycloak.passwordToken("svkit-web", "alice", "alice-pass");
  }

  @AfterAll
  void stop() throws Exception {
    if (svkit != null) {
      svkit.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Test
  @Order(1)
  void aBuyerGetsExactlyItsOrganisationAndItsRolesOperations() {
    var me = api.get("/api/v1/organisations/me").token(aliceToken).send();
    assertEquals(200, me.status(), me.toString());
    assertEquals(COUNCIL_A, me.json().getString("identifier"));
    var contracts = api.get("/api/v1/contracts").token(aliceToken).send();
    assertEquals(200, contracts.status(), contracts.toString());

    // A supplier's operation: the group path gave alice buyer, nothing else.
    var bid = api.post("/api/v1/tenders/any/bids", "{}").token(aliceToken).send();
    assertEquals(403, bid.status(), bid.toString());

    // Council B's private draft is invisible to council A's buyer, visible to B's own.
    String bobToken = bobToken();
    QuestionSet draft;
    try (SvkitClient bob = Clients.of(PackagedServer.uri(""), bobToken)) {
      draft = bob.questionSets().createQuestionSet(oneQuestion("Council B draft"));
    }
    assertEquals(
        404, api.get("/api/v1/question-sets/" + draft.getId()).token(aliceToken).send().status());
    assertEquals(
        200, api.get("/api/v1/question-sets/" + draft.getId()).token(bobToken).send().status());
  }

  @Test
  @Order(2)
  void aBackEndCallsAsItsServiceAccountWithClientCredentials() {
    ClientCredentials credential =
        ClientCredentials.builder()
            .tokenEndpoint(keycloak.tokenEndpoint())
            .clientId("supplier-system")
            .clientSecret("supplier-system-secret")
            .build();
    try (SvkitClient supplierSystem =
        SvkitClient.builder().endpoint(PackagedServer.uri("")).credential(credential).build()) {
      assertEquals(COUNCIL_B, supplierSystem.organisations().getMyOrganisation().getIdentifier());
      // Its Keycloak group makes it council B's supplier, not a buyer.
      assertThrows(
          PermissionDeniedException.class,
          () -> supplierSystem.questionSets().createQuestionSet(oneQuestion("Not a buyer")));
    }
  }

  @Test
  @Order(3)
  void aTokenForAnotherApplicationIsRefused() throws Exception {
    String other = keycloak.passwordToken("other-app", "alice", "alice-pass");
    assertEquals(401, api.get("/api/v1/organisations/me").token(other).send().status());
  }

  @Test
  @Order(4)
  void anExpiredTokenIsRefused() throws Exception {
    String shortLived = keycloak.passwordToken("svkit-short-lived", "alice", "alice-pass");
    assertEquals(
        200,
        api.get("/api/v1/organisations/me").token(shortLived).send().status(),
        "accepted while valid");
    // 5 s lifetime + 1 s leeway, and a margin for the two clocks' rounding to whole seconds.
    Thread.sleep(8_000);
    assertEquals(401, api.get("/api/v1/organisations/me").token(shortLived).send().status());
  }

  @Test
  @Order(5)
  void afterKeyRotationNewTokensWorkAndTokensOfTheOldKeyAreRefused() throws Exception {
    assertEquals(
        200, api.get("/api/v1/organisations/me").token(aliceToken).send().status(), "old key");
    keycloak.rotateSigningKey();
    String fresh = keycloak.passwordToken("svkit-web", "alice", "alice-pass");
    var withNewKey = api.get("/api/v1/organisations/me").token(fresh).send();
    assertEquals(200, withNewKey.status(), "svkit fetches the new key: " + withNewKey);
    assertEquals(
        401,
        api.get("/api/v1/organisations/me").token(aliceToken).send().status(),
        "the rotated-out key no longer verifies anything");
  }

  private String bobToken() {
    try {
      return keycloak.passwordToken("svkit-web", "bob", "bob-pass");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static CreateQuestionSetOptions oneQuestion(String title) {
    return CreateQuestionSetOptions.builder()
        .title(title)
        .frameworkCode("SVK-LOCAL")
        .edition("1")
        .addQuestion(
            QuestionInput.builder("RLW", QuestionType.YES_NO)
                .text("Are you an accredited Real Living Wage employer?")
                .weight(new BigDecimal("100"))
                .build())
        .build();
  }
}
