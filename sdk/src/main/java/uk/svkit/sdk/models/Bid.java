package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A supplier's bid for a tender: a price and one answer to every question of the tender's question
 * set. Each supplier has at most one bid per tender, which it may revise until the deadline; every
 * revision is kept (see {@code TendersClient.listBidRevisions}). Bids are sealed: the buyer and
 * evaluators see them only after the deadline.
 *
 * <p>Instances read individually (get, submit, revise) carry the {@link #getETag() ETag} of the
 * revision read, so they can be passed straight to {@code TendersClient.reviseBid(Bid,
 * SubmitBidOptions)}. Items from a list carry no ETag.
 */
public final class Bid {

  private String id;
  private String tenderId;
  private String supplierOrganisationId;
  private int revision;
  private BigDecimal price;
  private String currency;
  private List<Answer> answers;
  private OffsetDateTime submittedAt;
  private OffsetDateTime updatedAt;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Bid() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the tender the bid is for.
   *
   * @return the tender id
   */
  public String getTenderId() {
    return tenderId;
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
   * Returns the revision number: 1 when submitted, incremented by every revision.
   *
   * @return the revision
   */
  public int getRevision() {
    return revision;
  }

  /**
   * Returns the bid price.
   *
   * @return the price, in {@link #getCurrency() the tender's currency}
   */
  public BigDecimal getPrice() {
    return price;
  }

  /**
   * Returns the currency of the price.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the answers, one per question.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Answer> getAnswers() {
    return ModelLists.copy(answers);
  }

  /**
   * Returns when the bid was first submitted.
   *
   * @return the submission time (UTC)
   */
  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  /**
   * Returns when the bid was last revised.
   *
   * @return the last change time (UTC)
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the concurrency version, incremented by every change.
   *
   * @return the version
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns the strong ETag of the revision read, for {@code If-Match} on revise.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "Bid{id="
        + id
        + ", tenderId="
        + tenderId
        + ", supplierOrganisationId="
        + supplierOrganisationId
        + ", revision="
        + revision
        + ", price="
        + price
        + '}';
  }
}
