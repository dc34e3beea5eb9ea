package uk.svkit.api.platform.security;

import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.svkit.api.platform.json.JsonObjects;

/**
 * The key ids ({@code kid}) an issuer publishes at its JWKS endpoint right now, so that a token
 * signed with a key the issuer has withdrawn is refused even while the server's own JWT runtime
 * still holds that key (Open Liberty keeps a fetched key for at least ten minutes, and only drops
 * it when some token makes it fetch the set again).
 *
 * <p>The set is fetched on first use and again when older than the refresh interval, or when a
 * token names a key id not in it (at most once per {@code minimumInterval}, so made-up key ids
 * cannot turn every request into a call to the identity provider). When the endpoint cannot be
 * reached the last set is kept; before any set was fetched, tokens are not refused here (the
 * runtime has verified the signature with a key from the same endpoint).
 */
public final class JwksKeyIds {
  private static final Logger LOG = Logger.getLogger(JwksKeyIds.class.getName());

  private final URI jwks;
  private final Duration refresh;
  private final Duration minimumInterval;
  private final Clock clock;
  private final HttpClient http;
  private Set<String> keyIds;
  private Instant fetchedAt = Instant.MIN;
  private Instant attemptedAt = Instant.MIN;

  public JwksKeyIds(URI jwks, Duration refresh, Duration minimumInterval, Clock clock) {
    this.jwks = jwks;
    this.refresh = refresh;
    this.minimumInterval = minimumInterval;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Whether the issuer still publishes the key with this id.
   *
   * @param keyId the {@code kid} from the token's header; a token without one is not checked
   */
  public synchronized boolean isPublished(String keyId) {
    if (keyId == null) {
      return true;
    }
    Instant now = clock.instant();
    boolean stale = keyIds == null || !now.isBefore(fetchedAt.plus(refresh));
    boolean unknown = keyIds != null && !keyIds.contains(keyId);
    if ((stale || unknown) && !now.isBefore(attemptedAt.plus(minimumInterval))) {
      attemptedAt = now;
      fetch()
          .ifPresent(
              fresh -> {
                keyIds = fresh;
                fetchedAt = now;
              });
    }
    return keyIds == null || keyIds.contains(keyId);
  }

  private Optional<Set<String>> fetch() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(jwks)
                  .timeout(Duration.ofSeconds(10))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warning(
            () ->
                "JWKS "
                    + jwks
                    + " answered "
                    + response.statusCode()
                    + "; keeping the last key set");
        return Optional.empty();
      }
      return Optional.of(keyIdsIn(response.body()));
    } catch (IOException | JsonException | ClassCastException e) {
      LOG.log(Level.WARNING, "JWKS " + jwks + " could not be read; keeping the last key set", e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static Set<String> keyIdsIn(String jwksDocument) {
    Set<String> ids = new HashSet<>();
    for (JsonValue key : JsonObjects.read(jwksDocument).getJsonArray("keys")) {
      JsonValue kid = key.asJsonObject().get("kid");
      if (kid instanceof JsonString id) {
        ids.add(id.getString());
      }
    }
    return ids;
  }

  /** The {@code kid} in a compact JWS's header, if it has one. */
  public static Optional<String> keyIdOf(String compactToken) {
    if (compactToken == null) {
      return Optional.empty();
    }
    int dot = compactToken.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      String header =
          new String(
              java.util.Base64.getUrlDecoder().decode(compactToken.substring(0, dot)),
              java.nio.charset.StandardCharsets.UTF_8);
      // On every request when keys are published (a JWKS location): read without the provider
      // lookup that Json.createReader makes each time.
      JsonValue kid = JsonObjects.read(header).get("kid");
      return kid instanceof JsonString id ? Optional.of(id.getString()) : Optional.empty();
    } catch (IllegalArgumentException | JsonException | ClassCastException unreadable) {
      return Optional.empty();
    }
  }
}
