package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.PackagedServer;

/**
 * A server told to trust both the demo token key (whose private half is in this repository) and a
 * real identity provider refuses to start, instead of trusting the demo key and refusing the real
 * one. Runs the packaged server with exactly that mistake; once, in the H2 run of the suite.
 */
class IdentityConfigurationIT {

  @Test
  void demoKeyBesideARealIssuerIsRefusedAtStart() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        "PostgreSQL".equals(System.getProperty("svkit.it.database")),
        "the check does not depend on the database; one run proves it");
    var home = PackagedServer.newHome("identity");
    try (PackagedServer server =
        new PackagedServer(
            home,
            Map.of(
                "SVKIT_DEMO", "true",
                "SVKIT_DATA_DIR", home.resolve("data").toAbsolutePath().toString(),
                "MP_JWT_VERIFY_ISSUER", "https://login.example-council.gov.uk",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://login.example-council.gov.uk/jwks"))) {
      server.launch();
      String refusal = "SVKIT_DEMO=true trusts the demo token key";
      String log = server.awaitLog(refusal);
      assertTrue(
          log.contains(refusal),
          "the log must say why the application did not start; see " + server.log());
      assertTrue(
          log.contains("issuer https://login.example-council.gov.uk"),
          "and name the conflicting setting");
      // The API is not served: readiness is not UP and the API paths answer nothing useful.
      assertNotEquals(200, server.status("/health/ready"));
      assertNotEquals(200, server.status("/api/v1/postcode-districts/CH41"));
    }
  }
}
