package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A supplier's report of what it delivered on one contract KPI in one reporting period, with its
 * evidence. Named apart from Java's {@code return}.
 *
 * <p>Life cycle: {@link ReturnStatus#SUBMITTED}, then {@link ReturnStatus#VALIDATED} or {@link
 * ReturnStatus#REJECTED} by the buyer. A correction creates a new return for the same period and
 * makes this one {@link ReturnStatus#SUPERSEDED}; the two point at each other through {@link
 * #getSupersedesReturnId()} and {@link #getSupersededByReturnId()}.
 *
 * <p>Instances read individually (get, submit, validate, reject and correct) carry the {@link
 * #getETag() ETag} of the version read, so they can be passed straight to the {@code
 * ContractsClient} methods that take a {@code ContractReturn}. Items from a list carry no ETag.
 */
public final class ContractReturn {

  private String id;
  private String contractId;
  private String commitmentId;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private BigDecimal quantity;
  private String narrative;
  private List<EvidenceRef> evidence;
  private String status;
  private String rejectionReason;
  private String supersedesReturnId;
  private String supersededByReturnId;
  private String submittedBy;
  private OffsetDateTime submittedAt;
  private String reviewedBy;
  private OffsetDateTime reviewedAt;
  private long version;
  private ReturnDeliveryConfirmation deliveryConfirmation;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ContractReturn() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the contract.
   *
   * @return the contract id
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the KPI reported on.
   *
   * @return the contract commitment id
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the first day of the reporting period.
   *
   * @return the date
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day of the reporting period.
   *
   * @return the date
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns the quantity delivered in the period, in the measure's unit.
   *
   * @return the quantity, exactly as sent
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the supplier's account of the delivery.
   *
   * @return the narrative, or {@code null}
   */
  public String getNarrative() {
    return narrative;
  }

  /**
   * Returns the evidence supporting the quantity.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<EvidenceRef> getEvidence() {
    return ModelLists.copy(evidence);
  }

  /**
   * Returns the status.
   *
   * @return the status, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public ReturnStatus getStatus() {
    return status == null || status.isBlank() ? null : ReturnStatus.fromString(status);
  }

  /**
   * Returns why the buyer rejected the return.
   *
   * @return the reason, or {@code null} unless rejected
   */
  public String getRejectionReason() {
    return rejectionReason;
  }

  /**
   * Returns the return this one corrects.
   *
   * @return the return id, or {@code null} if this is not a correction
   */
  public String getSupersedesReturnId() {
    return supersedesReturnId;
  }

  /**
   * Returns the correction that replaced this return.
   *
   * @return the return id, or {@code null} unless superseded
   */
  public String getSupersededByReturnId() {
    return supersededByReturnId;
  }

  /**
   * Returns who submitted the return.
   *
   * @return the subject of the submitter's token
   */
  public String getSubmittedBy() {
    return submittedBy;
  }

  /**
   * Returns when the return was submitted.
   *
   * @return the submission time (UTC)
   */
  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  /**
   * Returns who validated or rejected the return.
   *
   * @return the subject of the reviewer's token, or {@code null} until reviewed
   */
  public String getReviewedBy() {
    return reviewedBy;
  }

  /**
   * Returns when the return was validated or rejected.
   *
   * @return the review time (UTC), or {@code null} until reviewed
   */
  public OffsetDateTime getReviewedAt() {
    return reviewedAt;
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
   * Returns the receiving VCFSE's confirmation, when this return counts a delivery it confirmed
   * rather than being the supplier's own return; such a return changes only when the VCFSE changes
   * its answer.
   *
   * @return the confirmation, or {@code null} for a supplier's or buyer's own return
   */
  public ReturnDeliveryConfirmation getDeliveryConfirmation() {
    return deliveryConfirmation;
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
    return "ContractReturn{id="
        + id
        + ", commitmentId="
        + commitmentId
        + ", periodStart="
        + periodStart
        + ", periodEnd="
        + periodEnd
        + ", quantity="
        + quantity
        + ", status="
        + status
        + ", version="
        + version
        + '}';
  }
}
