package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A business's pledge to meet a need, in whole or part. Read individually it carries its ETag. */
public final class Pledge {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String needId;
  private String businessOrganisationId;
  private String vcfseOrganisationId;
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
  protected Pledge() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the need's id.
   *
   * @return the value, or {@code null}
   */
  public String getNeedId() {
    return needId;
  }

  /**
   * Returns the pledging business's organisation id.
   *
   * @return the value, or {@code null}
   */
  public String getBusinessOrganisationId() {
    return businessOrganisationId;
  }

  /**
   * Returns the id of the VCFSE whose need it is.
   *
   * @return the value, or {@code null}
   */
  public String getVcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  /**
   * Returns the quantity pledged (none for a need without a quantity).
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the note.
   *
   * @return the value, or {@code null}
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns the contract commitment (KPI) it delivers.
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
  public PledgeStatus getStatus() {
    return PledgeStatus.fromString(status);
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
   * Returns the delivery note.
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
}
