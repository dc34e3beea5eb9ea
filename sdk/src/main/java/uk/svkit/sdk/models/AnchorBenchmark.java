package uk.svkit.sdk.models;

import java.util.List;

/** An anchor's indicators against its peers under a programme. */
public final class AnchorBenchmark {

  private String programmeId;
  private String organisationId;
  private int minPeers;
  private List<AnchorBenchmarkIndicator> indicators;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorBenchmark() {}

  /**
   * Returns the programme.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the anchor.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the least number of peers before the median and quartiles show.
   *
   * @return the value (zero if absent)
   */
  public int getMinPeers() {
    return minPeers;
  }

  /**
   * Returns the indicators.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorBenchmarkIndicator> getIndicators() {
    return ModelLists.copy(indicators);
  }

  @Override
  public String toString() {
    return "AnchorBenchmark{programmeId="
        + programmeId
        + ", organisationId="
        + organisationId
        + ", minPeers="
        + minPeers
        + '}';
  }
}
