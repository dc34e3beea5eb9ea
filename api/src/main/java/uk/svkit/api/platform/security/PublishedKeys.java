package uk.svkit.api.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses tokens signed with a key the issuer no longer publishes, when the issuer's keys come from
 * a JWKS URL ({@code mp.jwt.verify.publickey.location} = http(s)). With an inline or file key (the
 * demo, a PEM) there is nothing to withdraw and every verified token passes.
 */
@ApplicationScoped
public class PublishedKeys {
  /** However many tokens name unknown key ids, the JWKS is fetched at most this often. */
  static final Duration MINIMUM_FETCH_INTERVAL = Duration.ofSeconds(5);

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  Optional<String> location;

  @Inject
  @ConfigProperty(name = "svkit.identity.jwks-refresh", defaultValue = "PT5M")
  String refresh;

  @Inject Clock clock;

  private JwksKeyIds keyIds;

  @PostConstruct
  void configure() {
    keyIds =
        location
            .map(String::trim)
            .filter(l -> l.startsWith("http://") || l.startsWith("https://"))
            .map(
                l ->
                    new JwksKeyIds(
                        URI.create(l), Duration.parse(refresh), MINIMUM_FETCH_INTERVAL, clock))
            .orElse(null);
  }

  /** Whether the key that signed this (already verified) token is still published. */
  public boolean stillPublished(JsonWebToken token) {
    return stillPublished(token.getRawToken());
  }

  /** Whether the key that signed this compact token (verified before) is still published. */
  public boolean stillPublished(String compactToken) {
    return keyIds == null || JwksKeyIds.keyIdOf(compactToken).map(keyIds::isPublished).orElse(true);
  }
}
