package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.exception.WebhookVerificationException;
import uk.svkit.sdk.models.Event;

class WebhookVerifierTest {
  // A secret in the whsec_ format (base64 of 24 bytes).
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final long NOW = 1_780_000_000L;
  private static final String ID = "9d5c0f1e-2f4a-4a55-a2c1-1f0b3c0d7e11";
  private static final String BODY =
      "{\"specversion\":\"1.0\",\"id\":\""
          + ID
          + "\",\"source\":\"urn:svkit\",\"type\":\"uk.svkit.return.overdue\",\"subject\":\"contracts/c1\","
          + "\"time\":\"2026-12-04T15:00:00Z\",\"sequence\":\"42\",\"data\":{\"contractId\":\"c1\",\"graceDays\":30}}";

  private final WebhookVerifier verifier =
      WebhookVerifier.create(SECRET)
          .withClock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  @Test
  void aGenuineRequestGivesTheTypedEvent() {
    Event event = verifier.verify(ID, Long.toString(NOW), sign(SECRET, NOW, BODY), BODY);
    assertEquals("uk.svkit.return.overdue", event.getType());
    assertEquals("42", event.getSequence());
    assertEquals("c1", event.getData().get("contractId"));
    assertEquals(Instant.parse("2026-12-04T15:00:00Z"), event.getTime().toInstant());
  }

  @Test
  void headersAreFoundInAnyCaseAndAnyListedSignatureMaySign() {
    String both = "v1,AAAA " + sign(SECRET, NOW, BODY);
    Event event =
        verifier.verify(
            Map.of(
                "Webhook-Id", List.of(ID),
                "WEBHOOK-TIMESTAMP", List.of(Long.toString(NOW)),
                "webhook-signature", List.of(both)),
            BODY);
    assertEquals(ID, event.getId());
  }

  @Test
  void aTamperedBodyFails() {
    String signature = sign(SECRET, NOW, BODY);
    String tampered = BODY.replace("\"graceDays\":30", "\"graceDays\":31");
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify(ID, Long.toString(NOW), signature, tampered));
  }

  @Test
  void aStaleOrFutureTimestampFailsEvenWhenSigned() {
    long stale = NOW - 301;
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify(ID, Long.toString(stale), sign(SECRET, stale, BODY), BODY));
    long future = NOW + 301;
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify(ID, Long.toString(future), sign(SECRET, future, BODY), BODY));
  }

  @Test
  void anotherSecretOrIdFails() {
    String other = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify(ID, Long.toString(NOW), sign(other, NOW, BODY), BODY));
    assertThrows(
        WebhookVerificationException.class,
        () -> verifier.verify("other-id", Long.toString(NOW), sign(SECRET, NOW, BODY), BODY));
  }

  @Test
  void missingHeadersFail() {
    assertThrows(WebhookVerificationException.class, () -> verifier.verify(Map.of(), BODY));
  }

  /** Signs independently of the verifier, as the Standard Webhooks specification describes. */
  private static String sign(String secret, long timestamp, String body) {
    return sign(secret, ID, timestamp, body);
  }

  private static String sign(String secret, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
      return "v1,"
          + Base64.getEncoder()
              .encodeToString(
                  mac.doFinal(
                      (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
