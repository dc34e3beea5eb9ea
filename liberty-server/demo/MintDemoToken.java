package uk.svkit.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints a token for the demo configuration (SVKIT_DEMO=true), signed with the demo key beside
 * this file, which only the demo configuration trusts. Runs without a build:
 *
 * <pre>
 *   java liberty-server/demo/MintDemoToken.java --org GB-LAE-WRL --role buyer
 *   java liberty-server/demo/MintDemoToken.java --role platform-admin
 * </pre>
 *
 * Options: --org IDENTIFIER (the organisation's org-id), --role ROLE (repeatable), --sub SUBJECT,
 * --minutes VALIDITY (default 60), --key PRIVATE_KEY_PEM, --aud AUDIENCE (default svkit, the
 * audience the demo configuration requires). The integration tests mint their tokens
 * with this same class.
 */
public final class MintDemoToken {
  public static final String ISSUER = "svkit-demo";
  /** The audience the demo configuration requires (mp.jwt.verify.audiences). */
  public static final String AUDIENCE = "svkit";
  static final List<Path> KEY_LOCATIONS =
      List.of(Path.of("liberty-server/demo/demo-jwt-private.pem"), Path.of("demo/demo-jwt-private.pem"), Path.of("demo-jwt-private.pem"));

  private MintDemoToken() {}

  public static void main(String[] args) throws Exception {
    String org = null;
    String subject = null;
    Path key = null;
    long minutes = 60;
    String audience = AUDIENCE;
    List<String> roles = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--org" -> org = value;
        case "--role" -> roles.add(value);
        case "--sub" -> subject = value;
        case "--minutes" -> minutes = Long.parseLong(value);
        case "--key" -> key = Path.of(value);
        case "--aud" -> audience = value;
        default -> {
          System.err.println("Unknown option " + args[i] + "; see the class comment for usage.");
          System.exit(2);
        }
      }
      i++;
    }
    if (roles.isEmpty()) {
      System.err.println("Give at least one --role (platform-admin, buyer, evaluator, contract-manager, supplier, vcfse).");
      System.exit(2);
    }
    if (subject == null) {
      subject = roles.get(0) + (org == null ? "" : "@" + org);
    }
    System.out.println(mint(key == null ? defaultKey() : key, subject, org, roles, Duration.ofMinutes(minutes), audience));
  }

  /** A signed RS256 JWT with the claims svkit reads: sub/upn, groups (roles), org, iss, aud, exp. */
  public static String mint(Path privateKeyPem, String subject, String org, List<String> roles, Duration validity)
      throws Exception {
    return mint(privateKeyPem, subject, org, roles, validity, AUDIENCE);
  }

  /** The same, for another audience (tests show that svkit refuses tokens meant for another application). */
  public static String mint(Path privateKeyPem, String subject, String org, List<String> roles, Duration validity, String audience)
      throws Exception {
    Instant now = Instant.now();
    StringBuilder claims = new StringBuilder("{");
    claims.append("\"iss\":").append(json(ISSUER));
    claims.append(",\"aud\":").append(json(audience));
    claims.append(",\"sub\":").append(json(subject));
    claims.append(",\"upn\":").append(json(subject));
    claims.append(",\"jti\":").append(json(UUID.randomUUID().toString()));
    claims.append(",\"iat\":").append(now.getEpochSecond());
    claims.append(",\"exp\":").append(now.plus(validity).getEpochSecond());
    claims.append(",\"groups\":[");
    for (int i = 0; i < roles.size(); i++) {
      claims.append(i == 0 ? "" : ",").append(json(roles.get(i)));
    }
    claims.append("]");
    if (org != null) {
      claims.append(",\"org\":").append(json(org));
    }
    claims.append("}");
    String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = base64(claims.toString().getBytes(StandardCharsets.UTF_8));
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(readKey(privateKeyPem));
    signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    return header + "." + payload + "." + base64(signer.sign());
  }

  static Path defaultKey() {
    for (Path candidate : KEY_LOCATIONS) {
      if (Files.isReadable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Demo key not found; run from the repository root or pass --key.");
  }

  private static PrivateKey readKey(Path pem) throws Exception {
    String base64 =
        Files.readString(pem)
            .replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String json(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
