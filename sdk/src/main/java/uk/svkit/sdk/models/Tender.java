package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A buyer's tender: a contract opportunity whose social value is scored with a published question
 * set, worth {@link #getSocialValueWeighting() a share} of the total tender score.
 *
 * <p>Life cycle: {@link TenderStatus#OPEN} until the {@link #getDeadline() deadline}, while
 * suppliers submit and revise sealed bids; {@link TenderStatus#CLOSED} once it has passed, while
 * the assigned evaluators score the answers and the buyer moderates disagreements; {@link
 * TenderStatus#AWARDED} once the buyer has chosen a bid.
 *
 * <p>Instances read individually (get, create and the changes) carry the {@link #getETag() ETag} of
 * the version read, so they can be passed straight to the {@code TendersClient} methods that take a
 * {@code Tender}. Items from a list carry no ETag.
 */
public final class Tender {

  private String id;
  private String buyerOrganisationId;
  private String buyerTenderId;
  private String ocid;
  private String title;
  private String questionSetId;
  private int questionSetVersionNumber;
  private String proxySetId;
  private BigDecimal socialValueWeighting;
  private BigDecimal contractValue;
  private String currency;
  private OffsetDateTime deadline;
  private String status;
  private List<String> evaluators;
  private String awardedBidId;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Tender() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the buying organisation.
   *
   * @return the buyer organisation's id
   */
  public String getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  /**
   * Returns the buyer's own reference, unique among its tenders.
   *
   * @return the reference, such as {@code WRL-2025-017}
   */
  public String getBuyerTenderId() {
    return buyerTenderId;
  }

  /**
   * Returns the Open Contracting id of the contracting process.
   *
   * @return the OCID, such as {@code ocds-b5fd17-...}, or {@code null}
   */
  public String getOcid() {
    return ocid;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the question set bids answer.
   *
   * @return the question set id
   */
  public String getQuestionSetId() {
    return questionSetId;
  }

  /**
   * Returns the version number of the question set within its series.
   *
   * @return the version number
   */
  public int getQuestionSetVersionNumber() {
    return questionSetVersionNumber;
  }

  /**
   * Returns the proxy set commitments are valued with.
   *
   * @return the proxy set id, or {@code null} if commitments are not valued in money
   */
  public String getProxySetId() {
    return proxySetId;
  }

  /**
   * Returns the weight of social value in the total tender score.
   *
   * @return the weighting, a percentage such as {@code 20}
   */
  public BigDecimal getSocialValueWeighting() {
    return socialValueWeighting;
  }

  /**
   * Returns the estimated contract value.
   *
   * @return the value, in the tender's currency
   */
  public BigDecimal getContractValue() {
    return contractValue;
  }

  /**
   * Returns the currency of the contract value and bid prices.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the deadline for bids.
   *
   * @return the deadline, with its offset
   */
  public OffsetDateTime getDeadline() {
    return deadline;
  }

  /**
   * Returns the status.
   *
   * @return the status, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public TenderStatus getStatus() {
    return status == null || status.isBlank() ? null : TenderStatus.fromString(status);
  }

  /**
   * Returns the evaluators assigned to score the bids, as the subjects of their tokens. Only the
   * buyer and the evaluators see them.
   *
   * @return an unmodifiable list, empty if none or not visible to the caller
   */
  public List<String> getEvaluators() {
    return ModelLists.copy(evaluators);
  }

  /**
   * Returns the winning bid.
   *
   * @return the bid id, or {@code null} until awarded
   */
  public String getAwardedBidId() {
    return awardedBidId;
  }

  /**
   * Returns when the tender was created.
   *
   * @return the creation time (UTC)
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when the tender was last changed.
   *
   * @return the last change time (UTC)
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the version number, incremented by every change.
   *
   * @return the version
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on changes.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "Tender{id="
        + id
        + ", buyerTenderId="
        + buyerTenderId
        + ", title="
        + title
        + ", status="
        + status
        + ", deadline="
        + deadline
        + ", version="
        + version
        + '}';
  }
}
