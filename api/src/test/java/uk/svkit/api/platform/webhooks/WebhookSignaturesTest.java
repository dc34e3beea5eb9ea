package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {
  @Test
  void secretsAreWhsecPrefixedRandomKeys() {
    String a = WebhookSignatures.newSecret();
    assertTrue(a.startsWith("whsec_"));
    assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length);
    assertNotEquals(a, WebhookSignatures.newSecret());
  }

  @Test
  void theSignatureIsHmacSha256OverIdTimestampAndBody() {
    // Computed independently: printf '%s' 'msg_1.1700000000.{"a":1}' | openssl dgst -sha256
    //   -mac HMAC -macopt key:0123456789abcdef0123456789abcdef -binary | base64
    String secret =
        "whsec_"
            + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    assertEquals(
        "v1,rkwp5YuvdrMkcu0ZhuMsXoTg44mHAr1Q0+FFgFpXsjY=",
        WebhookSignatures.sign(secret, "msg_1", 1_700_000_000L, "{\"a\":1}"));
    String one = WebhookSignatures.sign(secret, "msg_1", 1_700_000_000L, "{\"a\":1}");
    assertNotEquals(one, WebhookSignatures.sign(secret, "msg_1", 1_700_000_001L, "{\"a\":1}"));
    assertNotEquals(one, WebhookSignatures.sign(secret, "msg_2", 1_700_000_000L, "{\"a\":1}"));
    String other = WebhookSignatures.newSecret();
    assertEquals(
        one + " " + WebhookSignatures.sign(other, "msg_1", 1_700_000_000L, "{\"a\":1}"),
        WebhookSignatures.header(List.of(secret, other), "msg_1", 1_700_000_000L, "{\"a\":1}"));
  }
}
