package uk.svkit.sdk.models;

import java.util.List;

/** A programme's collective impact across its signatories. */
public final class AnchorCollectiveView {

  private String programmeId;
  private int minPeers;
  private List<AnchorCollectiveIndicator> indicators;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorCollectiveView() {}

  /**
   * Returns the programme.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the least number of signatories before totals and spreads show.
   *
   * @return the value (zero if absent)
   */
  public int getMinPeers() {
    return minPeers;
  }

  /**
   * Returns the indicators with figures.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorCollectiveIndicator> getIndicators() {
    return ModelLists.copy(indicators);
  }

  @Override
  public String toString() {
    return "AnchorCollectiveView{programmeId="
        + programmeId
        + ", minPeers="
        + minPeers
        + ", indicators="
        + indicators
        + '}';
  }
}
