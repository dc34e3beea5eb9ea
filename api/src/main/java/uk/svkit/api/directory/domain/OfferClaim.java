package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * A VCFSE's claim on a business's offer, in whole or part: the mirror of a {@link Pledge}. The
 * claiming VCFSE owns it; the offering business records the delivery, once. It may name the
 * contract commitment (KPI) of the business that the support delivers, so the delivery can count as
 * evidence of it; the directory only stores that id.
 */
@Entity
@Table(name = "dir_offer_claim")
public class OfferClaim extends AggregateRoot {
  @Column(name = "offer_id", length = 36, nullable = false, updatable = false)
  private String offerId;

  @Column(name = "offer_owner_organisation_id", length = 36, nullable = false, updatable = false)
  private String offerOwnerOrganisationId;

  @Column(name = "quantity", precision = 19, scale = 2)
  private BigDecimal quantity;

  @Column(name = "note", length = 2000)
  private String note;

  @Column(name = "commitment_id", length = 36)
  private String commitmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private OfferClaimStatus status = OfferClaimStatus.CLAIMED;

  @Column(name = "delivered_quantity", precision = 19, scale = 2)
  private BigDecimal deliveredQuantity;

  @Column(name = "delivery_note", length = 2000)
  private String deliveryNote;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  protected OfferClaim() {}

  public OfferClaim(
      String vcfseOrganisationId,
      Offer offer,
      BigDecimal quantity,
      String note,
      String commitmentId) {
    super(null, Objects.requireNonNull(vcfseOrganisationId, "A claim belongs to a VCFSE."));
    this.offerId = offer.id();
    this.offerOwnerOrganisationId = offer.ownerOrganisationId();
    this.quantity = quantity;
    this.note = note;
    this.commitmentId = commitmentId;
  }

  @Override
  public String entityType() {
    return "offer-claim";
  }

  /**
   * Records what was delivered: {@code delivered} defaults to the claimed quantity. A commitment
   * named here (the business knows its own KPIs) replaces the one the claim named. Returns the
   * quantity to count against the offer.
   */
  public BigDecimal recordDelivery(BigDecimal delivered, String deliveryNote, String commitmentId) {
    if (status == OfferClaimStatus.DELIVERED) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The delivery of this claim is already recorded.");
    }
    if (quantity == null && delivered != null) {
      throw ProblemException.invalid(
          "deliveredQuantity", "the offer has no quantity; leave deliveredQuantity out");
    }
    BigDecimal amount = delivered == null ? quantity : delivered;
    if (amount != null && amount.signum() <= 0) {
      throw ProblemException.invalid("deliveredQuantity", "must be more than 0");
    }
    // Delivery is capped by what was claimed: otherwise a token claimed quantity could be inflated
    // at
    // delivery to close the whole and count as KPI evidence.
    if (amount != null && amount.compareTo(quantity) > 0) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The delivered quantity "
              + amount.toPlainString()
              + " exceeds the claimed quantity "
              + quantity.toPlainString()
              + ".",
          List.of(
              new Problem.FieldError(
                  "deliveredQuantity",
                  "must not exceed the claimed quantity " + quantity.toPlainString())),
          Map.of());
    }
    this.deliveredQuantity = amount;
    this.deliveryNote = deliveryNote;
    this.deliveredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.status = OfferClaimStatus.DELIVERED;
    changed("status");
    if (commitmentId != null && !commitmentId.equals(this.commitmentId)) {
      this.commitmentId = commitmentId;
      changed("commitmentId");
    }
    return amount;
  }

  public String offerId() {
    return offerId;
  }

  public String offerOwnerOrganisationId() {
    return offerOwnerOrganisationId;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public String note() {
    return note;
  }

  public String commitmentId() {
    return commitmentId;
  }

  public OfferClaimStatus status() {
    return status;
  }

  public BigDecimal deliveredQuantity() {
    return deliveredQuantity;
  }

  public String deliveryNote() {
    return deliveryNote;
  }

  public OffsetDateTime deliveredAt() {
    return deliveredAt;
  }
}
