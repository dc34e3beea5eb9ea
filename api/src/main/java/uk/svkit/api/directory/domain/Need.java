package uk.svkit.api.directory.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A need a VCFSE posts on the noticeboard: a kind of support, optionally a quantity and unit ("200
 * volunteer hours", "5000 GBP"), a place and an expiry date. See {@link NeedStatus} for the life
 * cycle. Businesses pledge against it ({@link #acceptPledge}) and later deliver ({@link
 * #recordDelivery}); a need with a quantity becomes {@code PLEDGED} when pledges cover it and
 * {@code MET} when deliveries do; one without a quantity takes a single pledge for the whole.
 */
@Entity
@Table(name = "dir_need")
@AttributeOverride(
    name = "takenQuantity",
    column = @Column(name = "pledged_quantity", precision = 19, scale = 2, nullable = false))
public class Need extends Listing {
  private static final Wording WORDING =
      new Wording("need", "pledges", "pledged", "pledgedQuantity");

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private NeedStatus status = NeedStatus.OPEN;

  protected Need() {}

  public Need(String vcfseOrganisationId, Terms terms) {
    super(Objects.requireNonNull(vcfseOrganisationId, "A need belongs to a VCFSE."));
    apply(terms, () -> {});
  }

  @Override
  public String entityType() {
    return "need";
  }

  /**
   * Changes what is asked for ({@link Listing.Terms}); only while the need is open, and within what
   * was pledged.
   */
  public void revise(Terms terms) {
    checkRevisable(terms.quantity());
    apply(terms, () -> {});
  }

  /**
   * Takes a pledge of {@code pledged} (or, if {@code null}, of everything still needed) and returns
   * the quantity pledged; {@code null} for a need without a quantity.
   */
  public BigDecimal acceptPledge(BigDecimal pledged, LocalDate today) {
    BigDecimal amount = takeUp(pledged, today);
    if (amount == null || uptakeCovers()) {
      moveTo(NeedStatus.PLEDGED);
    }
    return amount;
  }

  @Override
  protected Wording wording() {
    return WORDING;
  }

  @Override
  protected boolean isTakingUptake() {
    return status == NeedStatus.OPEN;
  }

  @Override
  protected boolean hasUptake() {
    return takenQuantity().signum() > 0;
  }

  @Override
  protected Enum<?> statusForProblems() {
    return status;
  }

  @Override
  protected void settleAfterUptake() {
    if (uptakeCovers()) {
      moveTo(NeedStatus.PLEDGED);
    }
  }

  @Override
  protected void settleCovered() {
    if (status == NeedStatus.OPEN || status == NeedStatus.PLEDGED) {
      moveTo(NeedStatus.MET);
    }
  }

  @Override
  protected boolean isClosed() {
    return status == NeedStatus.CLOSED;
  }

  @Override
  protected void markClosed() {
    moveTo(NeedStatus.CLOSED);
  }

  @Override
  protected String overRemaining(String remaining) {
    return "The need asks for " + remaining + " more; pledge at most that.";
  }

  @Override
  protected String noQuantityAdvice() {
    return "the need has no quantity; pledge to meet it whole by leaving quantity out";
  }

  private void moveTo(NeedStatus next) {
    status = next;
    changed("status");
  }

  public NeedStatus status() {
    return status;
  }

  public BigDecimal pledgedQuantity() {
    return takenQuantity();
  }
}
