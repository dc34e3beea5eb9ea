package uk.svkit.sdk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.svkit.sdk.exception.WebhookVerificationException;
import uk.svkit.sdk.implementation.JsonMapper;
import uk.svkit.sdk.models.Event;

/**
 * Verifies a webhook request from svkit and returns its event. Checks the Standard Webhooks
 * signature ({@code webhook-signature}: {@code v1,} + base64 HMAC-SHA256, keyed with the
 * subscription's secret, over {@code webhook-id.webhook-timestamp.body}; one matching signature of
 * those listed suffices, which lets a secret rotate) and that {@code webhook-timestamp} is within
 * the tolerance (5 minutes by default) of the receiver's clock, which stops replays. Plain Java SE:
 * use it in a servlet, a JAX-RS resource or {@code com.sun.net.httpserver}. Thread-safe.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.create(System.getenv("SVKIT_WEBHOOK_SECRET"));
 * Event event = verifier.verify(id, timestamp, signature, body); // throws if not genuine
 * }</pre>
 *
 * <p>Deliveries are at least once: deduplicate on {@link Event#getId()} (the {@code webhook-id}).
 *
 * @since 0.1.0
 */
public final class WebhookVerifier {

  private static final String SECRET_PREFIX = "whsec_";
  private static final JsonMapper JSON = new JsonMapper();

  private final byte[] key;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(byte[] key, Duration tolerance, Clock clock) {
    this.key = key;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /**
   * Creates a verifier for a subscription's secret.
   *
   * @param secret the secret shown when the subscription was created or its secret rotated ({@code
   *     whsec_...})
   * @return the verifier, with a 5-minute tolerance and the system clock
   * @throws IllegalArgumentException if the secret is not an svkit webhook secret
   */
  public static WebhookVerifier create(String secret) {
    Objects.requireNonNull(secret, "secret");
    String encoded =
        secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("secret is not a whsec_ webhook secret");
    }
    if (key.length < 16) {
      throw new IllegalArgumentException("secret is not a whsec_ webhook secret");
    }
    return new WebhookVerifier(key, Duration.ofMinutes(5), Clock.systemUTC());
  }

  /**
   * Returns a verifier accepting timestamps this far from now.
   *
   * @param tolerance the tolerance, positive
   * @return a new verifier
   */
  public WebhookVerifier withTolerance(Duration tolerance) {
    if (tolerance.isNegative() || tolerance.isZero()) {
      throw new IllegalArgumentException("tolerance must be positive");
    }
    return new WebhookVerifier(key, tolerance, clock);
  }

  /**
   * Returns a verifier reading the time from this clock (for tests).
   *
   * @param clock the clock
   * @return a new verifier
   */
  public WebhookVerifier withClock(Clock clock) {
    return new WebhookVerifier(key, tolerance, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Verifies a request given its headers (names in any case, as servlet and JAX-RS containers hand
   * them over) and its body as received.
   *
   * @param headers the request's headers
   * @param body the body, exactly as received
   * @return the event
   * @throws WebhookVerificationException if the request is not a genuine, current svkit webhook
   */
  public Event verify(Map<String, List<String>> headers, String body) {
    return verify(
        header(headers, "webhook-id"),
        header(headers, "webhook-timestamp"),
        header(headers, "webhook-signature"),
        body);
  }

  /**
   * Verifies a request given its three webhook headers and its body.
   *
   * @param id the {@code webhook-id} header
   * @param timestamp the {@code webhook-timestamp} header (Unix seconds)
   * @param signatures the {@code webhook-signature} header
   * @param body the body, exactly as received
   * @return the event
   * @throws WebhookVerificationException if the request is not a genuine, current svkit webhook
   */
  public Event verify(String id, String timestamp, String signatures, String body) {
    if (id == null || timestamp == null || signatures == null || body == null) {
      throw new WebhookVerificationException(
          "webhook-id, webhook-timestamp, webhook-signature and a body are required");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException("webhook-timestamp is not a number of seconds");
    }
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - seconds) > tolerance.getSeconds()) {
      throw new WebhookVerificationException("webhook-timestamp is outside the tolerance");
    }
    byte[] expected = hmac(id + "." + seconds + "." + body);
    boolean matched = false;
    for (String signature : signatures.trim().split(" +")) {
      if (signature.startsWith("v1,")) {
        byte[] given;
        try {
          given = Base64.getDecoder().decode(signature.substring(3));
        } catch (IllegalArgumentException e) {
          continue;
        }
        matched |= MessageDigest.isEqual(expected, given);
      }
    }
    if (!matched) {
      throw new WebhookVerificationException("no signature matches the secret");
    }
    Event event = JSON.fromJson(body, Event.class);
    if (event == null || !id.equals(event.getId())) {
      throw new WebhookVerificationException("the body is not the event webhook-id names");
    }
    return event;
  }

  private byte[] hmac(String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  private static String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> h : headers.entrySet()) {
      if (h.getKey() != null
          && h.getKey().toLowerCase(Locale.ROOT).equals(name)
          && h.getValue() != null
          && !h.getValue().isEmpty()) {
        return h.getValue().get(0);
      }
    }
    return null;
  }
}
