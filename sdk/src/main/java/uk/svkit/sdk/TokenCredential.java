package uk.svkit.sdk;

/**
 * Supplies bearer tokens (JWTs) for the {@code Authorization} header.
 *
 * <p>The client calls {@link #getToken()} when it has no token yet, or when the cached one is
 * within 30 seconds of its {@link AccessToken#getExpiresAt() expiry}; it never uses a token past
 * its expiry. Calls are serialised by the client, so an implementation need not be thread-safe with
 * respect to one client. Typical implementations call an OAuth 2.0 token endpoint
 * (client-credentials grant): {@link ClientCredentials} does exactly that.
 *
 * <pre>{@code
 * TokenCredential credential = () -> {
 *     TokenResponse t = myIdentityProvider.clientCredentials();
 *     return new AccessToken(t.accessToken(), Instant.now().plusSeconds(t.expiresIn()));
 * };
 * }</pre>
 */
@FunctionalInterface
public interface TokenCredential {

  /**
   * Obtains a fresh access token.
   *
   * @return the token and its expiry; never {@code null}
   * @throws RuntimeException if no token can be obtained; the client wraps it in a {@link
   *     uk.svkit.sdk.exception.SvkitException}
   */
  AccessToken getToken();
}
