package uk.svkit.sdk.models;

import java.util.List;

/** One pillar or principle on an anchor's dashboard. */
public final class AnchorPillar {

  private String code;
  private String title;
  private String kind;
  private List<AnchorIndicatorProgress> indicators;
  private List<AnchorContractKpis> contractKpis;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorPillar() {}

  /**
   * Returns the pillar code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the pillar title.
   *
   * @return the value, or {@code null} if absent
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns PILLAR or PRINCIPLE.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public ProgrammeElementKind getKind() {
    return kind == null || kind.isBlank() ? null : ProgrammeElementKind.fromString(kind);
  }

  /**
   * Returns the anchor's indicators under it.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorIndicatorProgress> getIndicators() {
    return ModelLists.copy(indicators);
  }

  /**
   * Returns the contract KPIs counted towards it.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorContractKpis> getContractKpis() {
    return ModelLists.copy(contractKpis);
  }

  @Override
  public String toString() {
    return "AnchorPillar{code=" + code + ", title=" + title + ", kind=" + kind + '}';
  }
}
