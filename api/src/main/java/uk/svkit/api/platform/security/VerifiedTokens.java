package uk.svkit.api.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Callers of bearer tokens the container has already verified, until each token expires, so that a
 * client sending the same token again is not verified again (signature, claims, the container's
 * security subject: most of an authenticated trivial read's cost). A token is a signed, immutable
 * statement, so its caller cannot change before it expires; a withdrawn signing key is still
 * refused on every hit ({@link PublishedKeys}). Keys are SHA-256 digests, so the cache holds no
 * usable credential. Bounded by {@code svkit.security.token-cache-size} (0 turns it off).
 */
@ApplicationScoped
public class VerifiedTokens {
  @Inject
  @ConfigProperty(name = "svkit.security.token-cache-size", defaultValue = "10000")
  int maxEntries;

  private record Entry(Caller caller, long expiresAtMillis) {}

  private final ConcurrentMap<String, Entry> byDigest = new ConcurrentHashMap<>();

  /** The caller of this raw token if it was verified before and has not expired since. */
  public Optional<Caller> callerOf(String rawToken) {
    if (maxEntries <= 0 || rawToken == null) {
      return Optional.empty();
    }
    String key = digest(rawToken);
    Entry entry = byDigest.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    // Expiry by the real time, as the container checks it (tests may shift the injected Clock).
    if (System.currentTimeMillis() >= entry.expiresAtMillis()) {
      byDigest.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.caller());
  }

  /** Remembers the caller of a token the container verified, until its expiry (seconds). */
  public void remember(String rawToken, Caller caller, long expiresAtEpochSecond) {
    if (maxEntries <= 0 || rawToken == null || expiresAtEpochSecond <= 0) {
      return;
    }
    if (byDigest.size() >= maxEntries) {
      long now = System.currentTimeMillis();
      byDigest.values().removeIf(e -> now >= e.expiresAtMillis());
      if (byDigest.size() >= maxEntries) {
        byDigest.clear();
      }
    }
    byDigest.put(digest(rawToken), new Entry(caller, expiresAtEpochSecond * 1000));
  }

  private static String digest(String rawToken) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(rawToken.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
