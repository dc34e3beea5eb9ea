package uk.svkit.api.anchor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerSpreadTest {
  private static List<BigDecimal> values(int... v) {
    return java.util.Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
  }

  @Test
  void belowTheMinimumOnlyTheCountIsShown() {
    PeerSpread spread = PeerSpread.of(values(10, 20, 30, 40), 5);
    assertEquals(4, spread.peers());
    assertNull(spread.median());
    assertNull(spread.p25());
    assertNull(spread.p75());
  }

  @Test
  void fromTheMinimumTheMedianAndQuartilesInterpolateBetweenRanks() {
    PeerSpread spread = PeerSpread.of(values(50, 10, 40, 20, 30, 60), 5);
    assertEquals(6, spread.peers());
    assertEquals(0, new BigDecimal("35").compareTo(spread.median()));
    assertEquals(0, new BigDecimal("22.5").compareTo(spread.p25()));
    assertEquals(0, new BigDecimal("47.5").compareTo(spread.p75()));
  }
}
