package uk.svkit.api.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start when the packaged server would serve HTTPS with the keystore password that ships
 * in its configuration. Liberty generates a self-signed keystore under that password; since the
 * password is public, serving TLS with it means anyone who can read the server directory holds the
 * key. The listener is off by default ({@code https.port=-1}); whoever turns it on must bring a
 * password (and normally a keystore) of their own. On other servers neither variable exists and
 * this check passes.
 */
@ApplicationScoped
public class TlsConfigurationCheck {
  /** The default of {@code svkit.tls.keystore.password} in the packaged server's svkit.xml. */
  static final String SHIPPED_KEYSTORE_PASSWORD = "svkit-self-signed";

  @Inject Config config;

  void onStart(@Observes Startup startup) {
    if (servesHttpsWithShippedPassword(
        config.getOptionalValue("https.port", String.class),
        config.getOptionalValue("svkit.tls.keystore.password", String.class))) {
      throw new IllegalStateException(
          "HTTPS_PORT turns on Liberty's HTTPS listener, but its keystore password is the public"
              + " default. Set SVKIT_TLS_KEYSTORE_PASSWORD (and your own keystore), or leave HTTPS"
              + " to the proxy in front of the server.");
    }
  }

  static boolean servesHttpsWithShippedPassword(
      Optional<String> httpsPort, Optional<String> keystorePassword) {
    boolean listening = httpsPort.map(String::trim).filter(port -> !port.equals("-1")).isPresent();
    return listening && keystorePassword.orElse("").equals(SHIPPED_KEYSTORE_PASSWORD);
  }
}
