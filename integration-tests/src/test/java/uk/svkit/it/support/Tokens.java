package uk.svkit.it.support;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import uk.svkit.demo.MintDemoToken;

/** Tokens for tests, minted with the same demo minter users run from the README. */
public final class Tokens {
  private Tokens() {}

  public static String of(String org, String... roles) {
    return mint(key(), org, Duration.ofMinutes(30), roles);
  }

  /** A token for a named person, e.g. one of several evaluators of the same organisation. */
  public static String person(String org, String subject, String... roles) {
    try {
      return MintDemoToken.mint(key(), subject, org, List.of(roles), Duration.ofMinutes(30));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String admin() {
    return mint(key(), null, Duration.ofMinutes(30), "platform-admin");
  }

  /** A valid token of the demo issuer, but minted for another application (its {@code aud}). */
  public static String forAudience(String audience, String org, String role) {
    try {
      return MintDemoToken.mint(
          key(), "it-" + role + "@" + org, org, List.of(role), Duration.ofMinutes(30), audience);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String expired(String org, String role) {
    return mint(key(), org, Duration.ofMinutes(-10), role);
  }

  /** A well-formed token signed by a key svkit has never seen. */
  public static String foreign(String org, String role) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      java.security.PrivateKey key = generator.generateKeyPair().getPrivate();
      Path pem = java.nio.file.Files.createTempFile("foreign", ".pem");
      String body = java.util.Base64.getMimeEncoder().encodeToString(key.getEncoded());
      java.nio.file.Files.writeString(
          pem, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
      return mint(pem, org, Duration.ofMinutes(30), role);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String mint(Path key, String org, Duration validity, String... roles) {
    try {
      String subject = "it-" + roles[0] + (org == null ? "" : "@" + org);
      return MintDemoToken.mint(key, subject, org, List.of(roles), validity);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path key() {
    return Path.of(
        System.getProperty("svkit.demo.key", "../liberty-server/demo/demo-jwt-private.pem"));
  }
}
