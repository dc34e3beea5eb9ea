package uk.svkit.api.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * A quantity the business says it delivered on one of a partnership's commitments. It counts only
 * once the VCFSE that received it decides: confirmed as recorded, adjusted to another quantity
 * (with a reason), or disputed (with a reason, counting nothing). A decision is final; the business
 * records a new delivery to correct a disputed one. Owned by the business, read by the VCFSE.
 */
@Entity
@Table(name = "rec_partnership_delivery")
public class PartnershipDelivery extends AggregateRoot {
  @Column(name = "partnership_id", length = 36, nullable = false, updatable = false)
  private String partnershipId;

  @Column(name = "vcfse_organisation_id", length = 36, nullable = false, updatable = false)
  private String vcfseOrganisationId;

  @Column(name = "measure_code", length = 40, nullable = false, updatable = false)
  private String measureCode;

  @Column(name = "quantity", precision = 19, scale = 4, nullable = false, updatable = false)
  private BigDecimal quantity;

  @Column(name = "delivered_on", nullable = false, updatable = false)
  private LocalDate deliveredOn;

  @Column(name = "note", length = 2000, updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private PartnershipDeliveryStatus status;

  @Column(name = "confirmed_quantity", precision = 19, scale = 4)
  private BigDecimal confirmedQuantity;

  @Column(name = "reason", length = 2000)
  private String reason;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  protected PartnershipDelivery() {}

  public PartnershipDelivery(
      Partnership partnership,
      String measureCode,
      BigDecimal quantity,
      LocalDate deliveredOn,
      String note) {
    super(null, partnership.businessOrganisationId());
    this.partnershipId = partnership.id();
    this.vcfseOrganisationId = partnership.vcfseOrganisationId();
    this.measureCode = measureCode;
    this.quantity = quantity;
    this.deliveredOn = deliveredOn;
    this.note = note;
    this.status = PartnershipDeliveryStatus.PENDING;
  }

  @Override
  public String entityType() {
    return "Partnership delivery";
  }

  /**
   * The VCFSE's decision. Returns the quantity that now counts (zero when disputed). {@code
   * quantity} is required when adjusting, {@code reason} when adjusting or disputing.
   */
  public BigDecimal decide(
      PartnershipDeliveryStatus outcome, BigDecimal adjusted, String why, OffsetDateTime at) {
    if (status != PartnershipDeliveryStatus.PENDING) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "This delivery was already " + status.name().toLowerCase() + "; a decision is final.");
    }
    switch (outcome) {
      case CONFIRMED -> confirmedQuantity = quantity;
      case ADJUSTED -> {
        if (adjusted == null) {
          throw ProblemException.invalid("quantity", "is required to adjust a delivery");
        }
        if (adjusted.compareTo(quantity) == 0) {
          throw ProblemException.invalid(
              "quantity", "is the quantity recorded; confirm the delivery instead");
        }
        requireReason(why);
        confirmedQuantity = adjusted;
      }
      case DISPUTED -> {
        requireReason(why);
        confirmedQuantity = BigDecimal.ZERO;
      }
      default ->
          throw ProblemException.invalid("outcome", "must be CONFIRMED, ADJUSTED or DISPUTED");
    }
    status = outcome;
    reason = why;
    decidedAt = at;
    changed("status");
    return confirmedQuantity;
  }

  private static void requireReason(String why) {
    if (why == null || why.isBlank()) {
      throw ProblemException.invalid("reason", "is required to adjust or dispute a delivery");
    }
  }

  public String partnershipId() {
    return partnershipId;
  }

  public String businessOrganisationId() {
    return ownerOrganisationId();
  }

  public String vcfseOrganisationId() {
    return vcfseOrganisationId;
  }

  public String measureCode() {
    return measureCode;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public LocalDate deliveredOn() {
    return deliveredOn;
  }

  public String note() {
    return note;
  }

  public PartnershipDeliveryStatus status() {
    return status;
  }

  public BigDecimal confirmedQuantity() {
    return confirmedQuantity;
  }

  public String reason() {
    return reason;
  }

  public OffsetDateTime decidedAt() {
    return decidedAt;
  }
}
