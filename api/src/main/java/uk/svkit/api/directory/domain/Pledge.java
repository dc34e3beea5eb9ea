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
 * A business's promise to meet a need in whole or part, owned by the business, which records the
 * delivery once. See {@link Uptake} for what it shares with an offer claim.
 */
@Entity
@Table(name = "dir_pledge")
public class Pledge extends Uptake {
  private static final Wording WORDING = new Wording("pledge", "need", "pledged");

  @Column(name = "need_id", length = 36, nullable = false, updatable = false)
  private String needId;

  @Column(name = "need_owner_organisation_id", length = 36, nullable = false, updatable = false)
  private String needOwnerOrganisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private PledgeStatus status = PledgeStatus.PLEDGED;

  protected Pledge() {}

  public Pledge(
      String businessOrganisationId,
      Need need,
      BigDecimal quantity,
      String note,
      String commitmentId) {
    super(
        Objects.requireNonNull(businessOrganisationId, "A pledge belongs to a business."),
        quantity,
        note,
        commitmentId);
    this.needId = need.id();
    this.needOwnerOrganisationId = need.ownerOrganisationId();
  }

  @Override
  public String entityType() {
    return "pledge";
  }

  /**
   * Records what was delivered at {@code at}: {@code delivered} defaults to the pledged quantity.
   * Returns the quantity to count against the need.
   */
  public BigDecimal recordDelivery(BigDecimal delivered, String deliveryNote, OffsetDateTime at) {
    return deliver(delivered, deliveryNote, at);
  }

  @Override
  protected Wording wording() {
    return WORDING;
  }

  @Override
  public boolean isDelivered() {
    return status == PledgeStatus.DELIVERED;
  }

  @Override
  protected void markDelivered() {
    status = PledgeStatus.DELIVERED;
    changed("status");
  }

  public String needId() {
    return needId;
  }

  public String needOwnerOrganisationId() {
    return needOwnerOrganisationId;
  }

  public PledgeStatus status() {
    return status;
  }
}
