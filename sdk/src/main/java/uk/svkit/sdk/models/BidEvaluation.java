package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.List;

/**
 * One bid's place in a tender's evaluation: its social value score, the money value of its
 * commitments, and what needs attention. Figures are as the service rounds them: {@link
 * #getScorePercent()} and {@link #getWeightedScore()} to 2 decimal places, {@link
 * #getValuePerPound()} to 4.
 */
public final class BidEvaluation {

  private String bidId;
  private String supplierOrganisationId;
  private int rank;
  private BigDecimal price;
  private BigDecimal scorePercent;
  private BigDecimal weightedScore;
  private List<QuestionEvaluation> questions;
  private BigDecimal commitmentValue;
  private BigDecimal valuePerPound;
  private BidValuation valuation;
  private List<BidFlag> flags;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BidEvaluation() {}

  /**
   * Returns the bid evaluated.
   *
   * @return the bid id
   */
  public String getBidId() {
    return bidId;
  }

  /**
   * Returns the bidding supplier.
   *
   * @return the supplier organisation's id
   */
  public String getSupplierOrganisationId() {
    return supplierOrganisationId;
  }

  /**
   * Returns the bid's rank by social value score.
   *
   * @return the rank, 1 for the highest
   */
  public int getRank() {
    return rank;
  }

  /**
   * Returns the bid price.
   *
   * @return the price, in the tender's currency
   */
  public BigDecimal getPrice() {
    return price;
  }

  /**
   * Returns the social value score: the final scores weighted over the questions.
   *
   * @return the score, 0 to 100
   */
  public BigDecimal getScorePercent() {
    return scorePercent;
  }

  /**
   * Returns the social value score out of the tender's weighting: {@code scorePercent x
   * socialValueWeighting / 100}, the figure that enters the total tender score.
   *
   * @return the weighted score
   */
  public BigDecimal getWeightedScore() {
    return weightedScore;
  }

  /**
   * Returns the state of each question's scoring.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<QuestionEvaluation> getQuestions() {
    return ModelLists.copy(questions);
  }

  /**
   * Returns the money value of the bid's commitments.
   *
   * @return the total, in the tender's currency, or {@code null} if the tender has no proxy set
   */
  public BigDecimal getCommitmentValue() {
    return commitmentValue;
  }

  /**
   * Returns the social value committed per pound of price: {@code commitmentValue / price}.
   *
   * @return the ratio, or {@code null} if the tender has no proxy set
   */
  public BigDecimal getValuePerPound() {
    return valuePerPound;
  }

  /**
   * Returns how the commitments were valued, term by term.
   *
   * @return the valuation, or {@code null} if the tender has no proxy set
   */
  public BidValuation getValuation() {
    return valuation;
  }

  /**
   * Returns what needs attention in the bid.
   *
   * @return an unmodifiable list, empty if nothing
   */
  public List<BidFlag> getFlags() {
    return ModelLists.copy(flags);
  }

  @Override
  public String toString() {
    return "BidEvaluation{bidId="
        + bidId
        + ", rank="
        + rank
        + ", scorePercent="
        + scorePercent
        + ", weightedScore="
        + weightedScore
        + ", commitmentValue="
        + commitmentValue
        + '}';
  }
}
