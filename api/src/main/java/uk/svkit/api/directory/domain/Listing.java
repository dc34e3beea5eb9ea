package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * What needs and offers share: support posted on the noticeboard that others take up in whole or
 * part ({@link Need}s are pledged, {@link Offer}s claimed) and later deliver. It keeps the
 * fulfilment arithmetic (quantity, what is taken up, what is delivered) and the rules every change
 * obeys; a subclass keeps its own status and says, through the hooks, how taking up and delivering
 * move it, and in which words ({@link Wording}) its problems are told.
 *
 * <p>The column of the quantity taken up differs ({@code pledged_quantity}, {@code
 * claimed_quantity}): subclasses map it with {@code @AttributeOverride(name = "takenQuantity")}.
 */
@MappedSuperclass
public abstract class Listing extends AggregateRoot {
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

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "taken_quantity", precision = 19, scale = 2, nullable = false)
  private BigDecimal takenQuantity = BigDecimal.ZERO;

  @Column(name = "delivered_quantity", precision = 19, scale = 2, nullable = false)
  private BigDecimal deliveredQuantity = BigDecimal.ZERO;

  @Column(name = "search_text", length = 4300, nullable = false)
  private String searchText;

  protected Listing() {}

  protected Listing(String ownerOrganisationId) {
    super(null, ownerOrganisationId);
  }

  /**
   * The words a listing's problems and audit use: "need", "pledges", "pledged", "pledgedQuantity"
   * for a need; "offer", "claims", "claimed", "claimedQuantity" for an offer.
   */
  protected record Wording(String listing, String uptakes, String taken, String takenField) {}

  /** What every listing says about itself; for a need, all it says ({@code Need.Terms} is this). */
  public record Terms(
      SupportType supportType,
      String title,
      String description,
      BigDecimal quantity,
      String unit,
      String placeCode,
      LocalDate expiresOn) {}

  protected abstract Wording wording();

  /** Whether it is still taking pledges or claims (and may be revised). */
  protected abstract boolean isTakingUptake();

  /** Whether anything has been pledged or claimed yet. */
  protected abstract boolean hasUptake();

  /** Its status, as problems name it. */
  protected abstract Enum<?> statusForProblems();

  /** Moves the status after a pledge or claim was taken ({@code take}) or the terms changed. */
  protected abstract void settleAfterUptake();

  /** Moves the status once deliveries cover the listing. */
  protected abstract void settleCovered();

  protected abstract boolean isClosed();

  protected abstract void markClosed();

  /** The sentence refusing an uptake above what remains, e.g. "The need asks for 5 hours more…". */
  protected abstract String overRemaining(String remainingWithUnit);

  /** The field error when a quantity is given to a listing without one. */
  protected abstract String noQuantityAdvice();

  /**
   * Checks that a revision keeps to what was taken up: the quantity may not drop below it, nor may
   * the listing lose or gain a quantity once taken up.
   */
  protected final void checkRevisable(BigDecimal newQuantity) {
    Wording w = wording();
    if (!isTakingUptake()) {
      throw conflict(
          "A "
              + statusForProblems()
              + " "
              + w.listing()
              + " cannot be changed; close it and post a new one.");
    }
    if (hasUptake() && newQuantity != null && newQuantity.compareTo(takenQuantity) < 0) {
      throw ProblemException.businessRule(
          "The quantity cannot drop below what has been "
              + w.taken()
              + " ("
              + takenQuantity.toPlainString()
              + ").");
    }
    if (hasUptake() && (quantity == null) != (newQuantity == null)) {
      throw ProblemException.businessRule(
          "Whether the "
              + w.listing()
              + " has a quantity cannot change once it has "
              + w.uptakes()
              + ".");
    }
  }

  /**
   * Applies the particulars, recording each field that changed; {@code applyMore} applies what only
   * the subclass has, between the place and the expiry (the order the audit lists them).
   */
  protected final void apply(Terms p, Runnable applyMore) {
    if (!Objects.equals(supportType, p.supportType())) {
      supportType = Objects.requireNonNull(p.supportType(), "A support type is required.");
      changed("supportType");
    }
    if (!Objects.equals(title, p.title())) {
      title = Objects.requireNonNull(p.title(), "A title is required.");
      changed("title");
    }
    if (!Objects.equals(description, p.description())) {
      description = p.description();
      changed("description");
    }
    if (quantity == null
        ? p.quantity() != null
        : p.quantity() == null || quantity.compareTo(p.quantity()) != 0) {
      quantity = p.quantity();
      changed("quantity");
    }
    if (!Objects.equals(unit, p.unit())) {
      unit = p.unit();
      changed("unit");
    }
    if (!Objects.equals(placeCode, p.placeCode())) {
      placeCode = p.placeCode();
      changed("placeCode");
    }
    applyMore.run();
    if (!Objects.equals(expiresOn, p.expiresOn())) {
      expiresOn = Objects.requireNonNull(p.expiresOn(), "An expiry date is required.");
      changed("expiresOn");
    }
    String text = (title + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    searchText = text.length() > 4300 ? text.substring(0, 4300) : text;
    settleAfterUptake();
  }

  public boolean isExpired(LocalDate today) {
    return expiresOn.isBefore(today);
  }

  /** Whether it shows on the noticeboard: still taking pledges or claims, and not expired. */
  public boolean isListed(LocalDate today) {
    return isTakingUptake() && !isExpired(today);
  }

  /** What is still to be taken up, or {@code null} for a listing without a quantity. */
  public BigDecimal remainingQuantity() {
    return remaining(quantity, takenQuantity);
  }

  /** What remains of {@code quantity} once {@code taken} is taken up; {@code null} without one. */
  static BigDecimal remaining(BigDecimal quantity, BigDecimal taken) {
    return quantity == null ? null : quantity.subtract(taken).max(BigDecimal.ZERO);
  }

  /**
   * Takes up {@code wanted} (or, if {@code null}, everything that remains) and returns the quantity
   * taken; {@code null} for a listing without a quantity, which is taken up whole.
   */
  protected final BigDecimal takeUp(BigDecimal wanted, LocalDate today) {
    Wording w = wording();
    if (!isTakingUptake()) {
      throw conflict(
          "The "
              + w.listing()
              + " is "
              + statusForProblems()
              + " and takes no more "
              + w.uptakes()
              + ".");
    }
    if (isExpired(today)) {
      throw ProblemException.businessRule(
          "The "
              + w.listing()
              + " expired on "
              + expiresOn
              + " and takes no more "
              + w.uptakes()
              + ".");
    }
    BigDecimal amount;
    if (quantity == null) {
      if (wanted != null) {
        throw ProblemException.invalid("quantity", noQuantityAdvice());
      }
      amount = null;
    } else {
      BigDecimal remaining = remainingQuantity();
      amount = wanted == null ? remaining : wanted;
      if (amount.signum() <= 0) {
        throw ProblemException.invalid("quantity", "must be more than 0");
      }
      if (amount.compareTo(remaining) > 0) {
        throw ProblemException.businessRule(
            overRemaining(remaining.toPlainString() + (unit == null ? "" : " " + unit)));
      }
      takenQuantity = takenQuantity.add(amount);
      changed(w.takenField());
    }
    return amount;
  }

  /**
   * Whether pledges or claims cover the listing (one whole one, for a listing without quantity).
   */
  protected final boolean uptakeCovers() {
    return hasUptake() && (quantity == null || takenQuantity.compareTo(quantity) >= 0);
  }

  /** Counts a delivery; when deliveries cover the listing, the subclass settles its status. */
  public void recordDelivery(BigDecimal delivered) {
    if (delivered != null) {
      deliveredQuantity = deliveredQuantity.add(delivered);
      changed("deliveredQuantity");
    }
    if (quantity == null || deliveredQuantity.compareTo(quantity) >= 0) {
      settleCovered();
    }
  }

  /** Its owner closes the listing, whatever stage it reached. */
  public void close() {
    if (isClosed()) {
      throw conflict("The " + wording().listing() + " is already closed.");
    }
    markClosed();
  }

  protected static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
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

  public LocalDate expiresOn() {
    return expiresOn;
  }

  /** What has been pledged (of a need) or claimed (of an offer). */
  protected BigDecimal takenQuantity() {
    return takenQuantity;
  }

  public BigDecimal deliveredQuantity() {
    return deliveredQuantity;
  }

  public String searchText() {
    return searchText;
  }
}
