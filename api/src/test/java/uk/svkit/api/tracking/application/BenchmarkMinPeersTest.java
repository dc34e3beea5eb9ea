package uk.svkit.api.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 3: the configured minimum number of benchmark peers never drops below three.
 */
class BenchmarkMinPeersTest {
  private static int minPeers(int configured) {
    BenchmarkService service = new BenchmarkService();
    service.configuredMinPeers = configured;
    return service.minPeers();
  }

  @Test
  void theMinimumIsConfigurableButNeverBelowThree() {
    assertEquals(5, minPeers(5));
    assertEquals(8, minPeers(8));
    assertEquals(3, minPeers(3));
    assertEquals(3, minPeers(1));
    assertEquals(3, minPeers(0));
  }
}
