package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Support a supplier delivered to a VCFSE through a directory pledge that names one of a contract's
 * KPIs: evidence of the KPI beside the supplier's own returns.
 */
public final class PledgeEvidence {

  private String pledgeId;
  private String commitmentId;
  private String needId;
  private String needTitle;
  private String supportType;
  private String unit;
  private String vcfseOrganisationId;
  private String businessOrganisationId;
  private BigDecimal deliveredQuantity;
  private String note;
  private OffsetDateTime deliveredAt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PledgeEvidence() {}

  /**
   * Returns the pledge the support was delivered through.
   *
   * @return the pledge id
   */
  public String getPledgeId() {
    return pledgeId;
  }

  /**
   * Returns the KPI the pledge names.
   *
   * @return the commitment id
   */
  public String getCommitmentId() {
    return commitmentId;
  }

  /**
   * Returns the VCFSE need the pledge met.
   *
   * @return the need id
   */
  public String getNeedId() {
    return needId;
  }

  /**
   * Returns the need's title.
   *
   * @return the title
   */
  public String getNeedTitle() {
    return needTitle;
  }

  /**
   * Returns the kind of support, such as {@code VOLUNTEERING}.
   *
   * @return the support type as sent by the server
   */
  public String getSupportType() {
    return supportType;
  }

  /**
   * Returns the unit of the delivered quantity, such as {@code hours}.
   *
   * @return the unit, or {@code null} if the need has none
   */
  public String getUnit() {
    return unit;
  }

  /**
   * Returns the VCFSE the support went to.
   *
   * @return the organisation id
   */
  public String getVcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  /**
   * Returns the business that delivered the support (the contract's supplier).
   *
   * @return the organisation id
   */
  public String getBusinessOrganisationId() {
    return businessOrganisationId;
  }

  /**
   * Returns everything delivered through the pledge so far.
   *
   * @return the quantity, or {@code null} if the need has no quantity
   */
  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
  }

  /**
   * Returns the business's note on the delivery.
   *
   * @return the note, or {@code null}
   */
  public String getNote() {
    return note;
  }

  /**
   * Returns when the delivery was last recorded.
   *
   * @return the time (UTC)
   */
  public OffsetDateTime getDeliveredAt() {
    return deliveredAt;
  }

  @Override
  public String toString() {
    return "PledgeEvidence{pledgeId="
        + pledgeId
        + ", commitmentId="
        + commitmentId
        + ", deliveredQuantity="
        + deliveredQuantity
        + '}';
  }
}
