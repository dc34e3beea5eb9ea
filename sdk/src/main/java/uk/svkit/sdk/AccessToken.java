package uk.svkit.sdk;

import java.time.Instant;
import java.util.Objects;

/** A bearer token with its expiry. Immutable; {@link #toString()} never reveals the token. */
public final class AccessToken {

  private final String token;
  private final Instant expiresAt;

  /**
   * Creates an access token.
   *
   * @param token the bearer token (without the {@code Bearer } prefix)
   * @param expiresAt when the token stops being valid
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code token} is blank
   */
  public AccessToken(String token, Instant expiresAt) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.token = token;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * Returns the bearer token.
   *
   * @return the token
   */
  public String getToken() {
    return token;
  }

  /**
   * Returns when the token expires.
   *
   * @return the expiry instant
   */
  public Instant getExpiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "AccessToken{token=***, expiresAt=" + expiresAt + '}';
  }
}
