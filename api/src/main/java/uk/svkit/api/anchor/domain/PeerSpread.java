package uk.svkit.api.anchor.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The spread of peers' figures: how many there are and, only when there are at least the minimum
 * number, their median and quartiles (linear interpolation between closest ranks, as tracking's
 * contract benchmark computes them). Below the minimum the figures are withheld, so no single
 * peer's figure can be read off. The caller's own figure is never among the peers.
 */
public record PeerSpread(int peers, BigDecimal median, BigDecimal p25, BigDecimal p75) {

  public static PeerSpread of(List<BigDecimal> peerValues, int minPeers) {
    List<BigDecimal> sorted = peerValues.stream().sorted().toList();
    if (sorted.size() < minPeers || sorted.isEmpty()) {
      return new PeerSpread(sorted.size(), null, null, null);
    }
    return new PeerSpread(
        sorted.size(), percentile(sorted, 50), percentile(sorted, 25), percentile(sorted, 75));
  }

  static BigDecimal percentile(List<BigDecimal> sorted, int p) {
    double rank = (p / 100.0) * (sorted.size() - 1);
    int lower = (int) Math.floor(rank);
    int upper = (int) Math.ceil(rank);
    BigDecimal low = sorted.get(lower);
    BigDecimal fraction = BigDecimal.valueOf(rank - lower);
    BigDecimal value = low.add(sorted.get(upper).subtract(low).multiply(fraction));
    return value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
