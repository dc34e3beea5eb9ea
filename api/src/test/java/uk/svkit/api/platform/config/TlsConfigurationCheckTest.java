package uk.svkit.api.platform.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.svkit.api.platform.config.TlsConfigurationCheck.servesHttpsWithShippedPassword;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlsConfigurationCheckTest {
  private static final Optional<String> SHIPPED =
      Optional.of(TlsConfigurationCheck.SHIPPED_KEYSTORE_PASSWORD);

  @Test
  void anHttpsListenerWithTheShippedPasswordIsRefused() {
    assertTrue(servesHttpsWithShippedPassword(Optional.of("9443"), SHIPPED));
  }

  @Test
  void theDefaultWithoutAListenerOrWithAPasswordOfYourOwnIsAccepted() {
    assertFalse(servesHttpsWithShippedPassword(Optional.of("-1"), SHIPPED));
    assertFalse(servesHttpsWithShippedPassword(Optional.of("9443"), Optional.of("s3cret-of-mine")));
    // Another Jakarta EE server: neither Liberty variable exists.
    assertFalse(servesHttpsWithShippedPassword(Optional.empty(), Optional.empty()));
  }
}
