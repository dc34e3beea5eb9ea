package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * The caller's latest assessment against other organisations' latest ones in a place; anonymous.
 */
public final class MaturityPlaceBenchmark {

  private String modelId;
  private String placeCode;
  private int minPeers;
  private List<MaturityStageBenchmark> stages;
  private BigDecimal ownOverall;
  private PeerSpread overall;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected MaturityPlaceBenchmark() {}

  /**
   * Returns the model version.
   *
   * @return the value, or {@code null} if absent
   */
  public String getModelId() {
    return modelId;
  }

  /**
   * Returns the place.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPlaceCode() {
    return placeCode;
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
   * Returns the stages.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<MaturityStageBenchmark> getStages() {
    return ModelLists.copy(stages);
  }

  /**
   * Returns the caller's overall score.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getOwnOverall() {
    return ownOverall;
  }

  /**
   * Returns the peers' overall spread.
   *
   * @return the value, or {@code null} if absent
   */
  public PeerSpread getOverall() {
    return overall;
  }

  @Override
  public String toString() {
    return "MaturityPlaceBenchmark{modelId="
        + modelId
        + ", placeCode="
        + placeCode
        + ", minPeers="
        + minPeers
        + '}';
  }
}
