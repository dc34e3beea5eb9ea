package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.PackagedServer;

/**
 * What the packaged server exposes when nobody configured anything beyond the demo: no HTTPS
 * listener (its keystore password ships in the configuration), and metrics only for an
 * authenticated administrator. Turning HTTPS on without a password of one's own is refused at
 * start. Once, in the H2 run of the suite.
 */
class SecureDefaultsIT {

  @BeforeEach
  void oneRunProvesIt() {
    Assumptions.assumeFalse(
        "PostgreSQL".equals(System.getProperty("svkit.it.database")),
        "the defaults do not depend on the database; one run proves them");
  }

  @Test
  void byDefaultNoHttpsListenerAndNoAnonymousMetrics() throws Exception {
    var home = PackagedServer.newHome("defaults");
    try (PackagedServer server =
        new PackagedServer(
                home,
                Map.of(
                    "SVKIT_DEMO",
                    "true",
                    "SVKIT_DATA_DIR",
                    home.resolve("data").toAbsolutePath().toString()))
            .start()) {
      assertEquals(403, server.status("/metrics"), "metrics need an authenticated administrator");
      assertThrows(
          IOException.class,
          () -> new Socket("localhost", 9443).close(),
          "nothing listens on Liberty's default HTTPS port");
    }
  }

  @Test
  void httpsWithTheShippedKeystorePasswordIsRefusedAtStart() throws Exception {
    var home = PackagedServer.newHome("tls");
    try (PackagedServer server =
        new PackagedServer(
            home,
            Map.of(
                "SVKIT_DEMO", "true",
                "SVKIT_DATA_DIR", home.resolve("data").toAbsolutePath().toString(),
                "HTTPS_PORT", "9543"))) {
      server.launch();
      server.awaitLog("its keystore password is the public default");
      assertNotEquals(200, server.status("/health/ready"));
      assertNotEquals(200, server.status("/api/v1/postcode-districts/CH41"));
    }
  }
}
