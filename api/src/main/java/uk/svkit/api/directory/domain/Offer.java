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
 * Support a business offers VCFSEs on the noticeboard, the counterpart of a {@link Need}: a kind of
 * support, optionally a quantity and unit ("40 mentoring hours"), a place (and optionally a
 * postcode, for distance searches), an expiry date. See {@link OfferStatus} for the life cycle.
 * VCFSEs claim it in whole or part ({@link #acceptClaim}); the business later records what it
 * delivered against each claim ({@link #recordDelivery}). An offer without a quantity takes one
 * claim for the whole.
 */
@Entity
@Table(name = "dir_offer")
@AttributeOverride(
    name = "takenQuantity",
    column = @Column(name = "claimed_quantity", precision = 19, scale = 2, nullable = false))
public class Offer extends Listing {
  private static final Wording WORDING =
      new Wording("offer", "claims", "claimed", "claimedQuantity");

  @Column(name = "business_name", length = 300, nullable = false)
  private String businessName;

  @Column(name = "postcode", length = 8)
  private String postcode;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private OfferStatus status = OfferStatus.OPEN;

  @Column(name = "claim_count", nullable = false)
  private int claimCount;

  protected Offer() {}

  /** Where the offer is: a place, and a postcode resolved to a point (both optional). */
  public record Location(String placeCode, String postcode, Double latitude, Double longitude) {
    public static final Location NONE = new Location(null, null, null, null);
  }

  /** What a business offers. */
  public record Terms(
      SupportType supportType,
      String title,
      String description,
      BigDecimal quantity,
      String unit,
      Location location,
      LocalDate expiresOn) {
    Location where() {
      return location == null ? Location.NONE : location;
    }

    Listing.Terms particulars() {
      return new Listing.Terms(
          supportType, title, description, quantity, unit, where().placeCode(), expiresOn);
    }
  }

  public Offer(String businessOrganisationId, String businessName, Terms terms) {
    super(Objects.requireNonNull(businessOrganisationId, "An offer belongs to a business."));
    this.businessName = Objects.requireNonNull(businessName, "The business's name is required.");
    apply(terms.particulars(), () -> locate(terms.where()));
  }

  @Override
  public String entityType() {
    return "offer";
  }

  /**
   * Changes what is offered; while it is open or partly taken. Once claimed, the quantity may not
   * drop below what is claimed, nor may the offer lose or gain a quantity.
   */
  public void revise(Terms terms) {
    checkRevisable(terms.quantity());
    apply(terms.particulars(), () -> locate(terms.where()));
  }

  private void locate(Location where) {
    if (!Objects.equals(postcode, where.postcode())
        || !Objects.equals(latitude, where.latitude())
        || !Objects.equals(longitude, where.longitude())) {
      postcode = where.postcode();
      latitude = where.latitude();
      longitude = where.longitude();
      changed("postcode");
    }
  }

  /**
   * Takes a claim of {@code claimed} (or, if {@code null}, of everything still on offer) and
   * returns the quantity claimed; {@code null} for an offer without a quantity.
   */
  public BigDecimal acceptClaim(BigDecimal claimed, LocalDate today) {
    BigDecimal amount = takeUp(claimed, today);
    claimCount++;
    settleAfterUptake();
    return amount;
  }

  @Override
  protected Wording wording() {
    return WORDING;
  }

  @Override
  protected boolean isTakingUptake() {
    return status == OfferStatus.OPEN || status == OfferStatus.PARTLY_TAKEN;
  }

  @Override
  protected boolean hasUptake() {
    return claimCount > 0;
  }

  @Override
  protected Enum<?> statusForProblems() {
    return status;
  }

  /**
   * OPEN, PARTLY_TAKEN or TAKEN, from what is claimed (only while claims are still being taken).
   */
  @Override
  protected void settleAfterUptake() {
    if (!isTakingUptake() && status != OfferStatus.TAKEN) {
      return;
    }
    OfferStatus now;
    if (claimCount == 0) {
      now = OfferStatus.OPEN;
    } else if (uptakeCovers()) {
      now = OfferStatus.TAKEN;
    } else {
      now = OfferStatus.PARTLY_TAKEN;
    }
    if (now != status) {
      moveTo(now);
    }
  }

  @Override
  protected void settleCovered() {
    if (status != OfferStatus.CLOSED && status != OfferStatus.DELIVERED) {
      moveTo(OfferStatus.DELIVERED);
    }
  }

  @Override
  protected boolean isClosed() {
    return status == OfferStatus.CLOSED;
  }

  @Override
  protected void markClosed() {
    moveTo(OfferStatus.CLOSED);
  }

  @Override
  protected String overRemaining(String remaining) {
    return "The offer has " + remaining + " left; claim at most that.";
  }

  @Override
  protected String noQuantityAdvice() {
    return "the offer has no quantity; claim it whole by leaving quantity out";
  }

  private void moveTo(OfferStatus next) {
    status = next;
    changed("status");
  }

  public String businessName() {
    return businessName;
  }

  public String postcode() {
    return postcode;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public OfferStatus status() {
    return status;
  }

  public BigDecimal claimedQuantity() {
    return takenQuantity();
  }

  public int claimCount() {
    return claimCount;
  }
}
