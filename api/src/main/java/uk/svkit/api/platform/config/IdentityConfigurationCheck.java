package uk.svkit.api.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a server that would trust the demo token key beside a real identity provider.
 * The demo key's private half is in this repository, so anyone can mint tokens with it; mixing it
 * with a real issuer (a half-finished move from demo to production) used to leave the demo key
 * trusted and the real one refused. Failing the application's start makes the mistake impossible to
 * miss: readiness never comes up and the log says why.
 */
@ApplicationScoped
public class IdentityConfigurationCheck {
  @Inject Config config;

  void onStart(@Observes Startup startup) {
    List<String> conflicts = conflicts();
    if (!conflicts.isEmpty()) {
      throw new IllegalStateException(
          "SVKIT_DEMO=true trusts the demo token key, whose private half is public, but a real identity provider is also"
              + " configured ("
              + String.join(", ", conflicts)
              + "). Remove SVKIT_DEMO for a real deployment, or remove the"
              + " real settings for a demo.");
    }
  }

  /** The real identity settings present beside the demo configuration; empty when not a demo. */
  List<String> conflicts() {
    List<String> conflicts = new ArrayList<>();
    if (!DemoConfigSource.isDemo()) {
      return conflicts;
    }
    Optional<String> issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class);
    if (issuer.isPresent() && !issuer.get().equals(DemoConfigSource.DEMO_ISSUER)) {
      conflicts.add("issuer " + issuer.get());
    }
    if (config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()) {
      conflicts.add("mp.jwt.verify.publickey.location");
    }
    String keySource = config.getConfigValue("mp.jwt.verify.publickey").getSourceName();
    if (keySource != null && !keySource.equals(DemoConfigSource.SOURCE_NAME)) {
      conflicts.add("mp.jwt.verify.publickey from " + keySource);
    }
    return conflicts;
  }
}
