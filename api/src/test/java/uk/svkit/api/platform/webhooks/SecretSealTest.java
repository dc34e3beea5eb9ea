package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Signing secrets at rest: sealed with the deployment's key, readable only with it. */
class SecretSealTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  @Test
  void aSealedSecretFitsItsColumnAndOpensWithTheSameKey() {
    SecretSeal seal = new SecretSeal(KEY);
    String secret = WebhookSignatures.newSecret();
    String stored = seal.seal(secret);
    assertTrue(stored.startsWith(SecretSeal.PREFIX));
    assertTrue(stored.length() <= 200, "the column holds 200 characters: " + stored.length());
    assertNotEquals(stored, seal.seal(secret), "each seal has its own IV");
    assertEquals(secret, seal.open(stored));
  }

  @Test
  void anotherKeyOrATamperedValueDoesNotOpen() {
    String stored = new SecretSeal(KEY).seal(WebhookSignatures.newSecret());
    assertThrows(IllegalStateException.class, () -> new SecretSeal(OTHER_KEY).open(stored));
    char last = stored.charAt(stored.length() - 2);
    String tampered =
        stored.substring(0, stored.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + stored.charAt(stored.length() - 1);
    assertThrows(IllegalStateException.class, () -> new SecretSeal(KEY).open(tampered));
  }

  @Test
  void withoutAKeySecretsAreKeptAsTheyAreAndSealedOnesAreRefused() {
    SecretSeal none = new SecretSeal(null);
    String secret = WebhookSignatures.newSecret();
    assertEquals(secret, none.seal(secret));
    assertEquals(secret, none.open(secret));
    String sealed = new SecretSeal(KEY).seal(secret);
    assertThrows(IllegalStateException.class, () -> none.open(sealed));
  }

  @Test
  void secretsStoredBeforeAKeyWasSetStillOpen() {
    String plain = WebhookSignatures.newSecret();
    assertEquals(plain, new SecretSeal(KEY).open(plain));
  }

  @Test
  void aKeyOfTheWrongSizeOrNotBase64IsRefusedAtStart() {
    assertThrows(
        IllegalStateException.class,
        () -> new SecretSeal(Base64.getEncoder().encodeToString(new byte[20])));
    assertThrows(IllegalStateException.class, () -> new SecretSeal("not base64!"));
  }
}
