package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * Support a business recorded as delivered, through a pledge on a VCFSE's need or a VCFSE's claim
 * on the business's offer, waiting for the word of the VCFSE that received it. One model for both:
 * its id is the pledge's or claim's, it is owned by the receiving VCFSE (who alone answers it) and
 * read by the delivering business. The VCFSE confirms it, adjusts it (accepting a smaller quantity,
 * with a reason) or disputes it (with a reason), and may change its answer later; only what it
 * confirmed counts ({@link #countedQuantity}).
 */
@Entity
@Table(name = "dir_delivery")
public class Delivery extends AggregateRoot {
  /** Which party's deliveries a list is of. */
  public enum Side {
    /** Deliveries the organisation received, to answer. */
    VCFSE,
    /** Deliveries the organisation made, awaiting the VCFSE's answer. */
    BUSINESS
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "through", length = 16, nullable = false, updatable = false)
  private SupportDelivered.Through through;

  @Column(name = "listing_id", length = 36, nullable = false, updatable = false)
  private String listingId;

  @Column(name = "listing_title", length = 200, nullable = false, updatable = false)
  private String listingTitle;

  @Enumerated(EnumType.STRING)
  @Column(name = "support_type", length = 24, nullable = false, updatable = false)
  private SupportType supportType;

  @Column(name = "unit", length = 40, updatable = false)
  private String unit;

  @Column(name = "business_organisation_id", length = 36, nullable = false, updatable = false)
  private String businessOrganisationId;

  @Column(name = "commitment_id", length = 36, updatable = false)
  private String commitmentId;

  @Column(name = "delivered_quantity", precision = 19, scale = 2, updatable = false)
  private BigDecimal deliveredQuantity;

  @Column(name = "delivery_note", length = 2000, updatable = false)
  private String deliveryNote;

  @Column(name = "delivered_at", nullable = false, updatable = false)
  private OffsetDateTime deliveredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 24, nullable = false)
  private DeliveryStatus status = DeliveryStatus.AWAITING_CONFIRMATION;

  @Column(name = "accepted_quantity", precision = 19, scale = 2)
  private BigDecimal acceptedQuantity;

  @Column(name = "reason", length = 2000)
  private String reason;

  @Column(name = "answered_by", length = 200)
  private String answeredBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  protected Delivery() {}

  /** The delivery a business just recorded, awaiting the VCFSE's word. */
  public Delivery(SupportDelivered recorded) {
    super(recorded.uptakeId(), Objects.requireNonNull(recorded.vcfseOrganisationId()));
    this.through = recorded.through();
    this.listingId = recorded.listingId();
    this.listingTitle = recorded.listingTitle();
    this.supportType = recorded.supportType();
    this.unit = recorded.unit();
    this.businessOrganisationId = recorded.businessOrganisationId();
    this.commitmentId = recorded.commitmentId();
    this.deliveredQuantity = recorded.deliveredQuantity();
    this.deliveryNote = recorded.note();
    this.deliveredAt = recorded.deliveredAt();
  }

  @Override
  public String entityType() {
    return "delivery";
  }

  /** The VCFSE's answer: confirmed, adjusted to {@code quantity}, or disputed. */
  public record Answer(DeliveryStatus status, BigDecimal quantity, String reason) {}

  /**
   * Whether {@code answer} is what the VCFSE already said, so a retried request changes nothing
   * (and needs no fresh ETag).
   */
  public boolean alreadySays(Answer answer) {
    return status == answer.status()
        && sameQuantity(accepted(answer), acceptedQuantity)
        && Objects.equals(blankToNull(answer.reason()), reason);
  }

  /**
   * Records the VCFSE's answer (checked against the delivery: 422 for an answer it cannot take).
   * Returns false when the answer is the one already given.
   */
  public boolean answer(Answer answer, String by, OffsetDateTime at) {
    check(answer);
    if (alreadySays(answer)) {
      return false;
    }
    status = answer.status();
    acceptedQuantity = accepted(answer);
    reason = blankToNull(answer.reason());
    answeredBy = by;
    answeredAt = at;
    changed("status");
    changed("acceptedQuantity");
    changed("reason");
    return true;
  }

  /**
   * What the delivery counts for: the delivered quantity once confirmed, the accepted one once
   * adjusted, zero while awaiting the VCFSE or disputed; null for support without a quantity.
   */
  public BigDecimal countedQuantity() {
    if (deliveredQuantity == null) {
      return null;
    }
    return switch (status) {
      case CONFIRMED -> deliveredQuantity;
      case ADJUSTED -> acceptedQuantity;
      case AWAITING_CONFIRMATION, DISPUTED -> BigDecimal.ZERO;
    };
  }

  private void check(Answer answer) {
    if (answer.status() == null || answer.status() == DeliveryStatus.AWAITING_CONFIRMATION) {
      throw ProblemException.invalid("status", "must be CONFIRMED, ADJUSTED or DISPUTED");
    }
    boolean hasReason = blankToNull(answer.reason()) != null;
    switch (answer.status()) {
      case CONFIRMED -> {
        if (answer.quantity() != null && !sameQuantity(answer.quantity(), deliveredQuantity)) {
          throw ProblemException.invalid(
              "quantity",
              "confirming accepts the delivered quantity; adjust (status ADJUSTED) to accept another");
        }
      }
      case ADJUSTED -> {
        if (deliveredQuantity == null) {
          throw ProblemException.invalid(
              "status", "this delivery has no quantity to adjust; confirm or dispute it");
        }
        if (answer.quantity() == null) {
          throw ProblemException.invalid("quantity", "an adjustment says the quantity accepted");
        }
        if (answer.quantity().signum() < 0) {
          throw ProblemException.invalid("quantity", "must be 0 or more");
        }
        if (answer.quantity().compareTo(deliveredQuantity) > 0) {
          String cap = "the delivered quantity " + deliveredQuantity.toPlainString();
          throw new ProblemException(
              ProblemType.BUSINESS_RULE_VIOLATED,
              "The accepted quantity "
                  + answer.quantity().toPlainString()
                  + " exceeds "
                  + cap
                  + ".",
              List.of(new Problem.FieldError("quantity", "must not exceed " + cap)),
              Map.of());
        }
        if (!hasReason) {
          throw ProblemException.invalid("reason", "an adjustment gives its reason");
        }
      }
      case DISPUTED -> {
        if (answer.quantity() != null) {
          throw ProblemException.invalid(
              "quantity", "a dispute accepts nothing; adjust to accept part of the delivery");
        }
        if (!hasReason) {
          throw ProblemException.invalid("reason", "a dispute gives its reason");
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  private BigDecimal accepted(Answer answer) {
    return answer.status() == DeliveryStatus.ADJUSTED ? answer.quantity() : null;
  }

  private static boolean sameQuantity(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public SupportDelivered.Through through() {
    return through;
  }

  public String listingId() {
    return listingId;
  }

  public String listingTitle() {
    return listingTitle;
  }

  public SupportType supportType() {
    return supportType;
  }

  public String unit() {
    return unit;
  }

  /** The VCFSE that received the support and answers for it (the owner). */
  public String vcfseOrganisationId() {
    return ownerOrganisationId();
  }

  public String businessOrganisationId() {
    return businessOrganisationId;
  }

  public String commitmentId() {
    return commitmentId;
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

  public DeliveryStatus status() {
    return status;
  }

  public BigDecimal acceptedQuantity() {
    return acceptedQuantity;
  }

  public String reason() {
    return reason;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public OffsetDateTime answeredAt() {
    return answeredAt;
  }
}
