package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * Support a business offers VCFSEs on the noticeboard, in the shape of a {@link Need}: a kind of
 * support, optionally a quantity and unit ("40 mentoring hours"), a place (and optionally a
 * postcode, for distance searches), an expiry date. See {@link OfferStatus} for the life cycle.
 * VCFSEs claim it in whole or part ({@link #acceptClaim}); the business later records what it
 * delivered against each claim ({@link #recordDelivery}). An offer without a quantity takes one
 * claim for the whole.
 */
@Entity
@Table(name = "dir_offer")
public class Offer extends AggregateRoot {
  @Column(name = "business_name", length = 300, nullable = false)
  private String businessName;

  @Enumerated(EnumType.STRING)
  @Column(name = "support_type", length = 24, nullable = false)
  private SupportType supportType;

  @Column(name = "title", length = 200, nullable = false)
  private String title;

  @Column(name = "description", length = 4000)
  private String description;

  @Column(name = "quantity", precision = 19, scale = 2)
  private BigDecimal quantity;

  @Column(name = "unit", length = 40)
  private String unit;

  @Column(name = "place_code", length = 9)
  private String placeCode;

  @Column(name = "postcode", length = 8)
  private String postcode;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private OfferStatus status = OfferStatus.OPEN;

  @Column(name = "claimed_quantity", precision = 19, scale = 2, nullable = false)
  private BigDecimal claimedQuantity = BigDecimal.ZERO;

  @Column(name = "delivered_quantity", precision = 19, scale = 2, nullable = false)
  private BigDecimal deliveredQuantity = BigDecimal.ZERO;

  @Column(name = "claim_count", nullable = false)
  private int claimCount;

  @Column(name = "search_text", length = 4300, nullable = false)
  private String searchText;

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
      LocalDate expiresOn) {}

  public Offer(String businessOrganisationId, String businessName, Terms terms) {
    super(null, Objects.requireNonNull(businessOrganisationId, "An offer belongs to a business."));
    this.businessName = Objects.requireNonNull(businessName, "The business's name is required.");
    apply(terms);
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
    if (status != OfferStatus.OPEN && status != OfferStatus.PARTLY_TAKEN) {
      throw conflict("A " + status + " offer cannot be changed; close it and post a new one.");
    }
    if (claimCount > 0 && (quantity == null) != (terms.quantity() == null)) {
      throw ProblemException.businessRule(
          "Whether the offer has a quantity cannot change once it has claims.");
    }
    if (claimCount > 0
        && terms.quantity() != null
        && terms.quantity().compareTo(claimedQuantity) < 0) {
      throw ProblemException.businessRule(
          "The quantity cannot drop below what has been claimed ("
              + claimedQuantity.toPlainString()
              + ").");
    }
    apply(terms);
  }

  private void apply(Terms t) {
    if (!Objects.equals(supportType, t.supportType())) {
      supportType = Objects.requireNonNull(t.supportType(), "A support type is required.");
      changed("supportType");
    }
    if (!Objects.equals(title, t.title())) {
      title = Objects.requireNonNull(t.title(), "A title is required.");
      changed("title");
    }
    if (!Objects.equals(description, t.description())) {
      description = t.description();
      changed("description");
    }
    if (quantity == null
        ? t.quantity() != null
        : t.quantity() == null || quantity.compareTo(t.quantity()) != 0) {
      quantity = t.quantity();
      changed("quantity");
    }
    if (!Objects.equals(unit, t.unit())) {
      unit = t.unit();
      changed("unit");
    }
    Location where = t.location() == null ? Location.NONE : t.location();
    if (!Objects.equals(placeCode, where.placeCode())) {
      placeCode = where.placeCode();
      changed("placeCode");
    }
    if (!Objects.equals(postcode, where.postcode())
        || !Objects.equals(latitude, where.latitude())
        || !Objects.equals(longitude, where.longitude())) {
      postcode = where.postcode();
      latitude = where.latitude();
      longitude = where.longitude();
      changed("postcode");
    }
    if (!Objects.equals(expiresOn, t.expiresOn())) {
      expiresOn = Objects.requireNonNull(t.expiresOn(), "An expiry date is required.");
      changed("expiresOn");
    }
    String text = (title + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    searchText = text.length() > 4300 ? text.substring(0, 4300) : text;
    settleTakenStatus();
  }

  /**
   * OPEN, PARTLY_TAKEN or TAKEN, from what is claimed (only while claims are still being taken).
   */
  private void settleTakenStatus() {
    if (status != OfferStatus.OPEN
        && status != OfferStatus.PARTLY_TAKEN
        && status != OfferStatus.TAKEN) {
      return;
    }
    OfferStatus now;
    if (claimCount == 0) {
      now = OfferStatus.OPEN;
    } else if (quantity == null || claimedQuantity.compareTo(quantity) >= 0) {
      now = OfferStatus.TAKEN;
    } else {
      now = OfferStatus.PARTLY_TAKEN;
    }
    if (now != status) {
      status = now;
      changed("status");
    }
  }

  public boolean isExpired(LocalDate today) {
    return expiresOn.isBefore(today);
  }

  /**
   * Whether the offer shows on the noticeboard: something is left to claim and it has not expired.
   */
  public boolean isListed(LocalDate today) {
    return (status == OfferStatus.OPEN || status == OfferStatus.PARTLY_TAKEN) && !isExpired(today);
  }

  /** What is still on offer, or {@code null} for an offer without a quantity. */
  public BigDecimal remainingQuantity() {
    return quantity == null ? null : quantity.subtract(claimedQuantity).max(BigDecimal.ZERO);
  }

  /**
   * Takes a claim of {@code claimed} (or, if {@code null}, of everything still on offer) and
   * returns the quantity claimed; {@code null} for an offer without a quantity.
   */
  public BigDecimal acceptClaim(BigDecimal claimed, LocalDate today) {
    if (status != OfferStatus.OPEN && status != OfferStatus.PARTLY_TAKEN) {
      throw conflict("The offer is " + status + " and takes no more claims.");
    }
    if (isExpired(today)) {
      throw ProblemException.businessRule(
          "The offer expired on " + expiresOn + " and takes no more claims.");
    }
    BigDecimal amount;
    if (quantity == null) {
      if (claimed != null) {
        throw ProblemException.invalid(
            "quantity", "the offer has no quantity; claim it whole by leaving quantity out");
      }
      amount = null;
    } else {
      BigDecimal remaining = remainingQuantity();
      amount = claimed == null ? remaining : claimed;
      if (amount.signum() <= 0) {
        throw ProblemException.invalid("quantity", "must be more than 0");
      }
      if (amount.compareTo(remaining) > 0) {
        throw ProblemException.businessRule(
            "The offer has "
                + remaining.toPlainString()
                + (unit == null ? "" : " " + unit)
                + " left; claim at most that.");
      }
      claimedQuantity = claimedQuantity.add(amount);
      changed("claimedQuantity");
    }
    claimCount++;
    settleTakenStatus();
    return amount;
  }

  /** Counts a claim's delivery; the offer is {@code DELIVERED} when deliveries cover it. */
  public void recordDelivery(BigDecimal delivered) {
    if (delivered != null) {
      deliveredQuantity = deliveredQuantity.add(delivered);
      changed("deliveredQuantity");
    }
    boolean covered = quantity == null || deliveredQuantity.compareTo(quantity) >= 0;
    if (covered && status != OfferStatus.CLOSED && status != OfferStatus.DELIVERED) {
      status = OfferStatus.DELIVERED;
      changed("status");
    }
  }

  /** Its business closes the offer, whatever stage it reached. */
  public void close() {
    if (status == OfferStatus.CLOSED) {
      throw conflict("The offer is already closed.");
    }
    status = OfferStatus.CLOSED;
    changed("status");
  }

  private static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public String businessName() {
    return businessName;
  }

  public SupportType supportType() {
    return supportType;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public String unit() {
    return unit;
  }

  public String placeCode() {
    return placeCode;
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

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public OfferStatus status() {
    return status;
  }

  public BigDecimal claimedQuantity() {
    return claimedQuantity;
  }

  public BigDecimal deliveredQuantity() {
    return deliveredQuantity;
  }

  public int claimCount() {
    return claimCount;
  }

  public String searchText() {
    return searchText;
  }
}
