package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A VCFSE's claim on a business's offer, in whole or part: the counterpart of a {@link Pledge} (see
 * {@link Uptake}). The claiming VCFSE owns it; the offering business records the delivery, once,
 * and may then name the commitment of its own that the delivery is evidence of.
 */
@Entity
@Table(name = "dir_offer_claim")
public class OfferClaim extends Uptake {
  private static final Wording WORDING = new Wording("claim", "offer", "claimed");

  @Column(name = "offer_id", length = 36, nullable = false, updatable = false)
  private String offerId;

  @Column(name = "offer_owner_organisation_id", length = 36, nullable = false, updatable = false)
  private String offerOwnerOrganisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private OfferClaimStatus status = OfferClaimStatus.CLAIMED;

  protected OfferClaim() {}

  public OfferClaim(
      String vcfseOrganisationId,
      Offer offer,
      BigDecimal quantity,
      String note,
      String commitmentId) {
    super(
        Objects.requireNonNull(vcfseOrganisationId, "A claim belongs to a VCFSE."),
        quantity,
        note,
        commitmentId);
    this.offerId = offer.id();
    this.offerOwnerOrganisationId = offer.ownerOrganisationId();
  }

  @Override
  public String entityType() {
    return "offer-claim";
  }

  /**
   * Records what was delivered at {@code at}: {@code delivered} defaults to the claimed quantity. A
   * commitment named here (the business knows its own KPIs) replaces the one the claim named.
   * Returns the quantity to count against the offer.
   */
  public BigDecimal recordDelivery(
      BigDecimal delivered, String deliveryNote, String commitmentId, OffsetDateTime at) {
    BigDecimal amount = deliver(delivered, deliveryNote, at);
    nameCommitment(commitmentId);
    return amount;
  }

  @Override
  protected Wording wording() {
    return WORDING;
  }

  @Override
  public boolean isDelivered() {
    return status == OfferClaimStatus.DELIVERED;
  }

  @Override
  protected void markDelivered() {
    status = OfferClaimStatus.DELIVERED;
    changed("status");
  }

  public String offerId() {
    return offerId;
  }

  public String offerOwnerOrganisationId() {
    return offerOwnerOrganisationId;
  }

  public OfferClaimStatus status() {
    return status;
  }
}
