package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ReceiverGuardTest {
  private final ReceiverGuard strict = new ReceiverGuard();

  @Test
  void privateAndReservedAddressesAreRefused() throws Exception {
    for (String address :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.1",
          "192.168.1.1",
          "169.254.169.254",
          "0.0.0.0",
          "100.64.0.1",
          "198.18.0.1",
          "::1",
          "fe80::1",
          "fd00::1",
          "::ffff:10.0.0.1",
          "224.0.0.1"
        }) {
      assertFalse(ReceiverGuard.isPublic(InetAddress.getByName(address)), address);
    }
    assertTrue(ReceiverGuard.isPublic(InetAddress.getByName("93.184.216.34")));
    assertTrue(ReceiverGuard.isPublic(InetAddress.getByName("2606:2800:220:1::1")));
  }

  @Test
  void onlyHttpsToAPublicHostUnlessConfigured() {
    assertEquals("must be an https URL", strict.refusal("http://93.184.216.34/hook"));
    assertEquals(
        "must not resolve to a loopback, link-local or private address",
        strict.refusal("https://127.0.0.1:8443/hook"));
    assertEquals(
        "must not resolve to a loopback, link-local or private address",
        strict.refusal("https://169.254.169.254/latest/meta-data"));
    assertEquals(
        "must name a host, without user information or fragment",
        strict.refusal("https://user@93.184.216.34/hook"));
    assertNull(strict.refusal("https://93.184.216.34/hook"));

    ReceiverGuard lenient = new ReceiverGuard();
    lenient.allowHttp = true;
    lenient.allowPrivateAddresses = true;
    assertNull(lenient.refusal("http://127.0.0.1:8080/hook"));
    assertEquals("must be an https URL", lenient.refusal("ftp://127.0.0.1/hook"));
  }
}
