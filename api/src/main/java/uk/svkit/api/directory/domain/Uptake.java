package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * What pledges and offer claims share: taking up a {@link Listing} in whole or part, then the
 * business recording, once, what it delivered. It may name the contract commitment (KPI) the
 * support delivers, so the delivery can count as evidence of it; the directory only stores that id.
 * A subclass keeps its own status and the id of its listing.
 */
@MappedSuperclass
public abstract class Uptake extends AggregateRoot {
  @Column(name = "quantity", precision = 19, scale = 2)
  private BigDecimal quantity;

  @Column(name = "note", length = 2000)
  private String note;

  @Column(name = "commitment_id", length = 36)
  private String commitmentId;

  @Column(name = "delivered_quantity", precision = 19, scale = 2)
  private BigDecimal deliveredQuantity;

  @Column(name = "delivery_note", length = 2000)
  private String deliveryNote;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  protected Uptake() {}

  protected Uptake(
      String ownerOrganisationId, BigDecimal quantity, String note, String commitmentId) {
    super(null, ownerOrganisationId);
    this.quantity = quantity;
    this.note = note;
    this.commitmentId = commitmentId;
  }

  /** The words its problems use: "pledge", "need", "pledged" or "claim", "offer", "claimed". */
  protected record Wording(String uptake, String listing, String taken) {}

  protected abstract Wording wording();

  public abstract boolean isDelivered();

  protected abstract void markDelivered();

  /**
   * Records what was delivered at {@code at}: {@code delivered} defaults to the quantity taken up.
   * Returns the quantity to count against the listing.
   */
  protected final BigDecimal deliver(BigDecimal delivered, String deliveryNote, OffsetDateTime at) {
    Wording w = wording();
    if (isDelivered()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The delivery of this " + w.uptake() + " is already recorded.");
    }
    if (quantity == null && delivered != null) {
      throw ProblemException.invalid(
          "deliveredQuantity",
          "the " + w.listing() + " has no quantity; leave deliveredQuantity out");
    }
    BigDecimal amount = delivered == null ? quantity : delivered;
    if (amount != null && amount.signum() <= 0) {
      throw ProblemException.invalid("deliveredQuantity", "must be more than 0");
    }
    // Delivery is capped by what was taken up: otherwise a token quantity could be inflated at
    // delivery to close the whole listing and count as KPI evidence.
    if (amount != null && amount.compareTo(quantity) > 0) {
      String cap = "the " + w.taken() + " quantity " + quantity.toPlainString();
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The delivered quantity " + amount.toPlainString() + " exceeds " + cap + ".",
          List.of(new Problem.FieldError("deliveredQuantity", "must not exceed " + cap)),
          Map.of());
    }
    this.deliveredQuantity = amount;
    this.deliveryNote = deliveryNote;
    this.deliveredAt = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    markDelivered();
    return amount;
  }

  /** Names the commitment the delivery is evidence of, replacing the one named before. */
  protected final void nameCommitment(String commitmentId) {
    if (commitmentId != null && !commitmentId.equals(this.commitmentId)) {
      this.commitmentId = commitmentId;
      changed("commitmentId");
    }
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
