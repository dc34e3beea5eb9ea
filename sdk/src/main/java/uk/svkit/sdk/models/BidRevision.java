package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One revision of a bid, as submitted: kept so the history of a bid can be audited. */
public final class BidRevision {

  private int revision;
  private OffsetDateTime submittedAt;
  private String submittedBy;
  private BigDecimal price;
  private List<Answer> answers;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BidRevision() {}

  /**
   * Returns the revision number.
   *
   * @return the revision, from 1
   */
  public int getRevision() {
    return revision;
  }

  /**
   * Returns when this revision was submitted.
   *
   * @return the submission time (UTC)
   */
  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  /**
   * Returns who submitted this revision.
   *
   * @return the subject of the submitter's token
   */
  public String getSubmittedBy() {
    return submittedBy;
  }

  /**
   * Returns the price of this revision.
   *
   * @return the price, in the tender's currency
   */
  public BigDecimal getPrice() {
    return price;
  }

  /**
   * Returns the answers of this revision.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Answer> getAnswers() {
    return ModelLists.copy(answers);
  }

  @Override
  public String toString() {
    return "BidRevision{revision="
        + revision
        + ", submittedAt="
        + submittedAt
        + ", submittedBy="
        + submittedBy
        + ", price="
        + price
        + '}';
  }
}
