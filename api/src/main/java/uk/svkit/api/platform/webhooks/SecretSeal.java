package uk.svkit.api.platform.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps webhook signing secrets encrypted at rest (AES-GCM) with the deployment's key, {@code
 * svkit.webhooks.secret-key} (base64 of 16, 24 or 32 random bytes; the same on every instance). A
 * database copy or backup then does not let its holder forge deliveries. Without a key, secrets are
 * stored as they are and a warning says so at start-up; values stored before a key was set keep
 * working and are sealed on their next rotation.
 */
@ApplicationScoped
public class SecretSeal {
  private static final Logger LOG = Logger.getLogger(SecretSeal.class.getName());
  static final String PREFIX = "sealed:v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "svkit.webhooks.secret-key")
  Optional<String> configuredKey;

  private SecretKey key;

  SecretSeal() {}

  /** For tests: a seal with this key (base64), or none. */
  SecretSeal(String base64Key) {
    this.configuredKey = Optional.ofNullable(base64Key);
    init();
  }

  @PostConstruct
  void init() {
    key = configuredKey.filter(k -> !k.isBlank()).map(SecretSeal::keyOf).orElse(null);
    if (key == null) {
      LOG.warning(
          "SVKIT_WEBHOOKS_SECRET_KEY is not set: webhook signing secrets are stored unencrypted."
              + " Set it (base64 of 32 random bytes, the same on every instance) in production.");
    }
  }

  private static SecretKey keyOf(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("svkit.webhooks.secret-key is not valid base64", e);
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalStateException(
          "svkit.webhooks.secret-key must decode to 16, 24 or 32 bytes, not " + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }

  /** What to store for {@code secret}: sealed when a key is configured. */
  String seal(String secret) {
    if (key == null) {
      return secret;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] stored = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, stored, 0, iv.length);
      System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** The secret a stored value holds; fails if it was sealed with a key this server lacks. */
  String open(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    if (key == null) {
      throw new IllegalStateException(
          "A webhook secret is sealed but svkit.webhooks.secret-key is not set on this instance");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      return new String(
          cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A webhook secret could not be opened: it was sealed with another svkit.webhooks.secret-key",
          e);
    }
  }
}
