package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Support a business recorded as delivered, through a pledge on a VCFSE's need or a VCFSE's claim
 * on the business's offer, with the receiving VCFSE's answer on it. Only a {@link
 * DeliveryStatus#CONFIRMED confirmed} or {@link DeliveryStatus#ADJUSTED adjusted} delivery counts;
 * one naming a contract KPI then counts towards that KPI's claimed figure. Read individually it
 * carries its ETag.
 */
public final class Delivery {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String through;
  private String listingId;
  private String listingTitle;
  private String supportType;
  private String unit;
  private String vcfseOrganisationId;
  private String businessOrganisationId;
  private String commitmentId;
  private BigDecimal deliveredQuantity;
  private String deliveryNote;
  private OffsetDateTime deliveredAt;
  private String status;
  private BigDecimal acceptedQuantity;
  private BigDecimal countedQuantity;
  private String reason;
  private OffsetDateTime answeredAt;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Delivery() {}

  /**
   * Returns the delivery's id (the pledge's or offer claim's id).
   *
   * @return the value, or {@code null}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns what it was delivered through: {@code PLEDGE} or {@code OFFER_CLAIM}.
   *
   * @return the value, or {@code null}
   */
  public String getThrough() {
    return through;
  }

  /**
   * Returns the need's (pledge) or the offer's (claim) id.
   *
   * @return the value, or {@code null}
   */
  public String getListingId() {
    return listingId;
  }

  /**
   * Returns the need's or offer's title.
   *
   * @return the value, or {@code null}
   */
  public String getListingTitle() {
    return listingTitle;
  }

  /**
   * Returns the kind of support, such as {@code VOLUNTEERING}.
   *
   * @return the value, or {@code null}
   */
  public String getSupportType() {
    return supportType;
  }

  /**
   * Returns the unit of the quantities.
   *
   * @return the value, or {@code null}
   */
  public String getUnit() {
    return unit;
  }

  /**
   * Returns the id of the VCFSE that received the support and answers for it.
   *
   * @return the value, or {@code null}
   */
  public String getVcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  /**
   * Returns the id of the business that delivered it.
   *
   * @return the value, or {@code null}
   */
  public String getBusinessOrganisationId() {
    return businessOrganisationId;
  }

  /**
   * Returns the contract KPI the delivery is evidence of.
   *
   * @return the value, or {@code null}
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the quantity the business recorded as delivered.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
  }

  /**
   * Returns the business's note on the delivery.
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
   * Returns the VCFSE's answer so far.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public DeliveryStatus getStatus() {
    return status == null || status.isBlank() ? null : DeliveryStatus.fromString(status);
  }

  /**
   * Returns the quantity the VCFSE accepted, for an adjusted delivery.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getAcceptedQuantity() {
    return acceptedQuantity;
  }

  /**
   * Returns what the delivery counts for: zero until confirmed and once disputed.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getCountedQuantity() {
    return countedQuantity;
  }

  /**
   * Returns the VCFSE's reason (adjusted or disputed).
   *
   * @return the value, or {@code null}
   */
  public String getReason() {
    return reason;
  }

  /**
   * Returns when the VCFSE last answered.
   *
   * @return the value, or {@code null}
   */
  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }

  /**
   * Returns the version (the ETag without quotes).
   *
   * @return the value
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
    return "Delivery{"
        + "id="
        + id
        + ", through="
        + through
        + ", listingId="
        + listingId
        + ", listingTitle="
        + listingTitle
        + '}';
  }
}
