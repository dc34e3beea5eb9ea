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
 * A business's promise to meet a need in whole or part, owned by the business. It may name the
 * contract commitment (KPI) it delivers, so the delivered support can later count as evidence; the
 * directory only stores that id. Its business records the delivery once.
 */
@Entity
@Table(name = "dir_pledge")
public class Pledge extends AggregateRoot {
  @Column(name = "need_id", length = 36, nullable = false, updatable = false)
  private String needId;

  @Column(name = "need_owner_organisation_id", length = 36, nullable = false, updatable = false)
  private String needOwnerOrganisationId;

  @Column(name = "quantity", precision = 19, scale = 2)
  private BigDecimal quantity;

  @Column(name = "note", length = 2000)
  private String note;

  @Column(name = "commitment_id", length = 36)
  private String commitmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private PledgeStatus status = PledgeStatus.PLEDGED;

  @Column(name = "delivered_quantity", precision = 19, scale = 2)
  private BigDecimal deliveredQuantity;

  @Column(name = "delivery_note", length = 2000)
  private String deliveryNote;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  protected Pledge() {}

  public Pledge(
      String businessOrganisationId,
      Need need,
      BigDecimal quantity,
      String note,
      String commitmentId) {
    super(null, Objects.requireNonNull(businessOrganisationId, "A pledge belongs to a business."));
    this.needId = need.id();
    this.needOwnerOrganisationId = need.ownerOrganisationId();
    this.quantity = quantity;
    this.note = note;
    this.commitmentId = commitmentId;
  }

  @Override
  public String entityType() {
    return "pledge";
  }

  /**
   * Records what was delivered: {@code delivered} defaults to the pledged quantity. Returns the
   * quantity to count against the need.
   */
  public BigDecimal recordDelivery(BigDecimal delivered, String deliveryNote) {
    if (status == PledgeStatus.DELIVERED) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The delivery of this pledge is already recorded.");
    }
    if (quantity == null && delivered != null) {
      throw ProblemException.invalid(
          "deliveredQuantity", "the need has no quantity; leave deliveredQuantity out");
    }
    BigDecimal amount = delivered == null ? quantity : delivered;
    if (amount != null && amount.signum() <= 0) {
      throw ProblemException.invalid("deliveredQuantity", "must be more than 0");
    }
    // Delivery is capped by what was pledged: otherwise a token pledged quantity could be inflated
    // at
    // delivery to close the whole and count as KPI evidence.
    if (amount != null && amount.compareTo(quantity) > 0) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The delivered quantity "
              + amount.toPlainString()
              + " exceeds the pledged quantity "
              + quantity.toPlainString()
              + ".",
          List.of(
              new Problem.FieldError(
                  "deliveredQuantity",
                  "must not exceed the pledged quantity " + quantity.toPlainString())),
          Map.of());
    }
    this.deliveredQuantity = amount;
    this.deliveryNote = deliveryNote;
    this.deliveredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.status = PledgeStatus.DELIVERED;
    changed("status");
    return amount;
  }

  public String needId() {
    return needId;
  }

  public String needOwnerOrganisationId() {
    return needOwnerOrganisationId;
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

  public PledgeStatus status() {
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
