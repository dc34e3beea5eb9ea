package uk.svkit.sdk.models;

import java.math.BigDecimal;

/** One stage of a place benchmark. */
public final class MaturityStageBenchmark {

  private String stage;
  private BigDecimal own;
  private PeerSpread peers;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected MaturityStageBenchmark() {}

  /**
   * Returns the stage.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public MaturityStage getStage() {
    return stage == null || stage.isBlank() ? null : MaturityStage.fromString(stage);
  }

  /**
   * Returns the caller's latest score.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getOwn() {
    return own;
  }

  /**
   * Returns the other organisations' spread.
   *
   * @return the value, or {@code null} if absent
   */
  public PeerSpread getPeers() {
    return peers;
  }

  @Override
  public String toString() {
    return "MaturityStageBenchmark{stage=" + stage + ", own=" + own + ", peers=" + peers + '}';
  }
}
