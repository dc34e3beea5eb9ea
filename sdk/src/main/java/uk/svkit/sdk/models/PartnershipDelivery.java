package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A delivery the business recorded on a partnership commitment and the VCFSE's decision on it: only
 * confirmed (or adjusted) quantities count.
 *
 * @since 0.2.0
 */
public final class PartnershipDelivery {

  private String id;
  private String partnershipId;
  private String measureCode;
  private BigDecimal quantity;
  private LocalDate deliveredOn;
  private String note;
  private String status;
  private BigDecimal confirmedQuantity;
  private String reason;
  private OffsetDateTime decidedAt;
  private OffsetDateTime createdAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PartnershipDelivery() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the partnership.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPartnershipId() {
    return partnershipId;
  }

  /**
   * Returns the committed measure delivered on.
   *
   * @return the value, or {@code null} if absent
   */
  public String getMeasureCode() {
    return measureCode;
  }

  /**
   * Returns the quantity as the business recorded it.
   *
   * @return the quantity
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the day of delivery.
   *
   * @return the date
   */
  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  /**
   * Returns the business's note.
   *
   * @return the value, or {@code null} if absent
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns where it stands with the VCFSE.
   *
   * @return the status
   */
  public PartnershipDeliveryStatus getStatus() {
    return status == null ? null : PartnershipDeliveryStatus.fromString(status);
  }

  /**
   * Returns what counts: as recorded, adjusted, or zero when disputed.
   *
   * @return the quantity, or {@code null} while pending
   */
  public BigDecimal getConfirmedQuantity() {
    return confirmedQuantity;
  }

  /**
   * Returns the VCFSE's reason for adjusting or disputing.
   *
   * @return the value, or {@code null} if absent
   */
  public String getReason() {
    return reason;
  }

  /**
   * Returns when the VCFSE decided.
   *
   * @return the instant, or {@code null} while pending
   */
  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  /**
   * Returns when it was recorded.
   *
   * @return the instant
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
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
    return "PartnershipDelivery{"
        + "id="
        + id
        + ", "
        + "status="
        + status
        + ", "
        + "quantity="
        + quantity
        + ", "
        + "confirmedQuantity="
        + confirmedQuantity
        + '}';
  }
}
