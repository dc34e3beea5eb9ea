package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The evidence behind a return that counts a delivery confirmed by the VCFSE that received it (see
 * {@link ContractReturn#getDeliveryConfirmation()}): the pledge or offer claim it came through and
 * the VCFSE's answer.
 */
public final class ReturnDeliveryConfirmation {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String deliveryId;
  private String through;
  private String listingId;
  private String listingTitle;
  private String unit;
  private String vcfseOrganisationId;
  private BigDecimal deliveredQuantity;
  private OffsetDateTime deliveredAt;
  private String status;
  private BigDecimal acceptedQuantity;
  private String reason;
  private OffsetDateTime answeredAt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ReturnDeliveryConfirmation() {}

  /**
   * Returns the delivery's id (the pledge's or offer claim's id).
   *
   * @return the value, or {@code null}
   */
  public String getDeliveryId() {
    return deliveryId;
  }

  /**
   * Returns {@code PLEDGE} or {@code OFFER_CLAIM}.
   *
   * @return the value, or {@code null}
   */
  public String getThrough() {
    return through;
  }

  /**
   * Returns the need's or offer's id.
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
   * Returns the unit of the quantities.
   *
   * @return the value, or {@code null}
   */
  public String getUnit() {
    return unit;
  }

  /**
   * Returns the id of the VCFSE that answered.
   *
   * @return the value, or {@code null}
   */
  public String getVcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  /**
   * Returns the quantity the business recorded.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
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
   * Returns the VCFSE's answer.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public DeliveryStatus getStatus() {
    return status == null || status.isBlank() ? null : DeliveryStatus.fromString(status);
  }

  /**
   * Returns what the VCFSE accepted: the quantity the return counts.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getAcceptedQuantity() {
    return acceptedQuantity;
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
   * Returns when the VCFSE answered.
   *
   * @return the value, or {@code null}
   */
  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }

  @Override
  public String toString() {
    return "ReturnDeliveryConfirmation{"
        + "deliveryId="
        + deliveryId
        + ", through="
        + through
        + ", listingId="
        + listingId
        + ", listingTitle="
        + listingTitle
        + '}';
  }
}
