package uk.svkit.sdk.implementation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import uk.svkit.sdk.AccessToken;
import uk.svkit.sdk.TokenCredential;
import uk.svkit.sdk.exception.SvkitException;

/**
 * Caches the current token and refreshes it shortly before expiry, so a token never expires in
 * flight and is never used past its expiry.
 */
public final class TokenCache {

  /** Refresh this long before expiry: covers clock skew and the request's own duration. */
  public static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

  private final TokenCredential credential;
  private final Clock clock;
  private AccessToken current;

  public TokenCache(TokenCredential credential, Clock clock) {
    this.credential = credential;
    this.clock = clock;
  }

  /** A cache for a fixed token that the caller manages; it never expires from our side. */
  public static TokenCache ofStatic(String token) {
    AccessToken fixed = new AccessToken(token, Instant.MAX);
    return new TokenCache(() -> fixed, Clock.systemUTC());
  }

  /** No credential: requests go without an {@code Authorization} header. */
  public static TokenCache anonymous() {
    return new TokenCache(null, Clock.systemUTC());
  }

  /**
   * Returns whether this cache has a credential to send.
   *
   * @return false for an anonymous client
   */
  public boolean hasCredential() {
    return credential != null;
  }

  /**
   * Returns a token valid now, refreshing if needed. Synchronised so concurrent calls trigger one
   * refresh, not one per thread.
   *
   * @throws SvkitException if the credential fails or returns an expired token
   */
  public synchronized String getToken() {
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.getExpiresAt().minus(REFRESH_MARGIN))) {
      return current.getToken();
    }
    AccessToken fresh;
    try {
      fresh = credential.getToken();
    } catch (SvkitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SvkitException(
          "The TokenCredential failed to provide an access token: " + e.getMessage(), e);
    }
    if (fresh == null) {
      throw new SvkitException("The TokenCredential returned null instead of an AccessToken");
    }
    if (!now.isBefore(fresh.getExpiresAt())) {
      throw new SvkitException(
          "The TokenCredential returned a token that expired at "
              + fresh.getExpiresAt()
              + "; it must return a fresh token");
    }
    current = fresh;
    return fresh.getToken();
  }
}
