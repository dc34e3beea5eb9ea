package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A signatory's return of one indicator for one reporting period, validated by the programme's
 * administering organisation.
 */
public final class AnchorIndicatorReturn {

  private String id;
  private String declarationId;
  private String organisationId;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private BigDecimal value;
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
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorIndicatorReturn() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the declaration.
   *
   * @return the value, or {@code null} if absent
   */
  public String getDeclarationId() {
    return declarationId;
  }

  /**
   * Returns the signatory.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the first day of the period.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day of the period.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns the value reported.
   *
   * @return the value, or {@code null} if absent
   */
  public BigDecimal getValue() {
    return value;
  }

  /**
   * Returns the narrative.
   *
   * @return the value, or {@code null} if absent
   */
  public String getNarrative() {
    return narrative;
  }

  /**
   * Returns the evidence.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<EvidenceRef> getEvidence() {
    return ModelLists.copy(evidence);
  }

  /**
   * Returns the review status.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public ReturnStatus getStatus() {
    return status == null || status.isBlank() ? null : ReturnStatus.fromString(status);
  }

  /**
   * Returns why it was rejected.
   *
   * @return the value, or {@code null} if absent
   */
  public String getRejectionReason() {
    return rejectionReason;
  }

  /**
   * Returns the return this one corrects.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSupersedesReturnId() {
    return supersedesReturnId;
  }

  /**
   * Returns the return that corrects this one.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSupersededByReturnId() {
    return supersededByReturnId;
  }

  /**
   * Returns who submitted it.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSubmittedBy() {
    return submittedBy;
  }

  /**
   * Returns when it was submitted.
   *
   * @return the value, or {@code null} if absent
   */
  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  /**
   * Returns who reviewed it.
   *
   * @return the value, or {@code null} if absent
   */
  public String getReviewedBy() {
    return reviewedBy;
  }

  /**
   * Returns when it was reviewed.
   *
   * @return the value, or {@code null} if absent
   */
  public OffsetDateTime getReviewedAt() {
    return reviewedAt;
  }

  /**
   * Returns the version.
   *
   * @return the value (zero if absent)
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
    return "AnchorIndicatorReturn{id="
        + id
        + ", declarationId="
        + declarationId
        + ", organisationId="
        + organisationId
        + '}';
  }
}
