package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A VCFSE's claim on an offer. Read individually (or as returned by a change) it carries its ETag.
 */
public final class OfferClaim {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String offerId;
  private String vcfseOrganisationId;
  private String businessOrganisationId;
  private BigDecimal quantity;
  private String note;
  private String commitmentId;
  private String status;
  private BigDecimal deliveredQuantity;
  private String deliveryNote;
  private OffsetDateTime deliveredAt;
  private long version;
  private OffsetDateTime createdAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OfferClaim() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the offer claimed.
   *
   * @return the value, or {@code null}
   */
  public String getOfferId() {
    return offerId;
  }

  /**
   * Returns the id of the claiming VCFSE.
   *
   * @return the value, or {@code null}
   */
  public String getVcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  /**
   * Returns the id of the offering business.
   *
   * @return the value, or {@code null}
   */
  public String getBusinessOrganisationId() {
    return businessOrganisationId;
  }

  /**
   * Returns the quantity claimed ({@code null} for an offer without a quantity).
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the note to the business.
   *
   * @return the value, or {@code null}
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns the contract commitment (KPI) the support delivers.
   *
   * @return the value, or {@code null}
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the status.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public OfferClaimStatus getStatus() {
    return OfferClaimStatus.fromString(status);
  }

  /**
   * Returns the quantity delivered.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
  }

  /**
   * Returns the note recorded with the delivery.
   *
   * @return the value, or {@code null}
   */
  public String getDeliveryNote() {
    return deliveryNote;
  }

  /**
   * Returns when the delivery was recorded.
   *
   * @return the value, or {@code null}
   */
  public OffsetDateTime getDeliveredAt() {
    return deliveredAt;
  }

  /**
   * Returns the version number.
   *
   * @return the value
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns when it was made.
   *
   * @return the value, or {@code null}
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns the ETag of the version read, for conditional updates.
   *
   * @return the ETag, or {@code null} for items from a list or search
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "OfferClaim{id=" + id + ", status=" + status + '}';
  }
}
