package uk.svkit.sdk.models;

import java.util.List;

/** All evaluators' scores and the buyer's moderations for the answers of one bid. */
public final class BidScores {

  private String bidId;
  private List<Score> scores;
  private List<Moderation> moderations;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BidScores() {}

  /**
   * Returns the bid scored.
   *
   * @return the bid id
   */
  public String getBidId() {
    return bidId;
  }

  /**
   * Returns the evaluators' scores.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Score> getScores() {
    return ModelLists.copy(scores);
  }

  /**
   * Returns the buyer's moderations.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Moderation> getModerations() {
    return ModelLists.copy(moderations);
  }

  @Override
  public String toString() {
    return "BidScores{bidId="
        + bidId
        + ", scores="
        + (scores == null ? 0 : scores.size())
        + ", moderations="
        + (moderations == null ? 0 : moderations.size())
        + '}';
  }
}
