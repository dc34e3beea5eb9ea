package uk.svkit.sdk.models;

import java.util.List;

/** How a buyer's social value compares with that of other buyers who opted in to benchmarking. */
public final class Benchmark {

  private String organisationId;
  private int minPeers;
  private List<BenchmarkIndicator> indicators;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Benchmark() {}

  /**
   * Returns the buyer the benchmark is for.
   *
   * @return the organisation id
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the least number of other buyers with a figure for an indicator before its median and
   * quartiles are shown; below it they are {@code null}. The caller's own figures are never among
   * the peers'.
   *
   * @return the minimum number of peers
   */
  public int getMinPeers() {
    return minPeers;
  }

  /**
   * Returns the indicators.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<BenchmarkIndicator> getIndicators() {
    return ModelLists.copy(indicators);
  }

  @Override
  public String toString() {
    return "Benchmark{organisationId="
        + organisationId
        + ", minPeers="
        + minPeers
        + ", indicators="
        + indicators
        + '}';
  }
}
