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
 * A need a VCFSE posts on the noticeboard: a kind of support, optionally a quantity and unit ("200
 * volunteer hours", "5000 GBP"), a place and an expiry date. See {@link NeedStatus} for the life
 * cycle. Businesses pledge against it ({@link #acceptPledge}) and later deliver ({@link
 * #recordDelivery}); a need with a quantity becomes {@code PLEDGED} when pledges cover it and
 * {@code MET} when deliveries do; one without a quantity takes a single pledge for the whole.
 */
@Entity
@Table(name = "dir_need")
public class Need extends AggregateRoot {
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

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private NeedStatus status = NeedStatus.OPEN;

  @Column(name = "pledged_quantity", precision = 19, scale = 2, nullable = false)
  private BigDecimal pledgedQuantity = BigDecimal.ZERO;

  @Column(name = "delivered_quantity", precision = 19, scale = 2, nullable = false)
  private BigDecimal deliveredQuantity = BigDecimal.ZERO;

  @Column(name = "search_text", length = 4300, nullable = false)
  private String searchText;

  protected Need() {}

  /** What a VCFSE says it needs. */
  public record Terms(
      SupportType supportType,
      String title,
      String description,
      BigDecimal quantity,
      String unit,
      String placeCode,
      LocalDate expiresOn) {}

  public Need(String vcfseOrganisationId, Terms terms) {
    super(null, Objects.requireNonNull(vcfseOrganisationId, "A need belongs to a VCFSE."));
    apply(terms);
  }

  @Override
  public String entityType() {
    return "need";
  }

  /** Changes what is asked for; only while the need is open and nothing has been pledged. */
  public void revise(Terms terms) {
    if (status != NeedStatus.OPEN) {
      throw conflict("A " + status + " need cannot be changed; close it and post a new one.");
    }
    if (pledgedQuantity.signum() > 0
        && terms.quantity() != null
        && terms.quantity().compareTo(pledgedQuantity) < 0) {
      throw ProblemException.businessRule(
          "The quantity cannot drop below what has been pledged ("
              + pledgedQuantity.toPlainString()
              + ").");
    }
    if (pledgedQuantity.signum() > 0 && (quantity == null) != (terms.quantity() == null)) {
      throw ProblemException.businessRule(
          "Whether the need has a quantity cannot change once it has pledges.");
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
    if (!Objects.equals(placeCode, t.placeCode())) {
      placeCode = t.placeCode();
      changed("placeCode");
    }
    if (!Objects.equals(expiresOn, t.expiresOn())) {
      expiresOn = Objects.requireNonNull(t.expiresOn(), "An expiry date is required.");
      changed("expiresOn");
    }
    String text = (title + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    searchText = text.length() > 4300 ? text.substring(0, 4300) : text;
    if (quantity != null
        && pledgedQuantity.compareTo(quantity) >= 0
        && pledgedQuantity.signum() > 0) {
      status = NeedStatus.PLEDGED;
      changed("status");
    }
  }

  public boolean isExpired(LocalDate today) {
    return expiresOn.isBefore(today);
  }

  /** Whether the need shows on the noticeboard: open and not past its expiry date. */
  public boolean isListed(LocalDate today) {
    return status == NeedStatus.OPEN && !isExpired(today);
  }

  /** What is still asked for, or {@code null} for a need without a quantity. */
  public BigDecimal remainingQuantity() {
    return quantity == null ? null : quantity.subtract(pledgedQuantity).max(BigDecimal.ZERO);
  }

  /**
   * Takes a pledge of {@code pledged} (or, if {@code null}, of everything still needed) and returns
   * the quantity pledged; {@code null} for a need without a quantity.
   */
  public BigDecimal acceptPledge(BigDecimal pledged, LocalDate today) {
    if (status != NeedStatus.OPEN) {
      throw conflict("The need is " + status + " and takes no more pledges.");
    }
    if (isExpired(today)) {
      throw ProblemException.businessRule(
          "The need expired on " + expiresOn + " and takes no more pledges.");
    }
    BigDecimal amount;
    if (quantity == null) {
      if (pledged != null) {
        throw ProblemException.invalid(
            "quantity",
            "the need has no quantity; pledge to meet it whole by leaving quantity out");
      }
      amount = null;
      status = NeedStatus.PLEDGED;
      changed("status");
    } else {
      BigDecimal remaining = remainingQuantity();
      amount = pledged == null ? remaining : pledged;
      if (amount.signum() <= 0) {
        throw ProblemException.invalid("quantity", "must be more than 0");
      }
      if (amount.compareTo(remaining) > 0) {
        throw ProblemException.businessRule(
            "The need asks for "
                + remaining.toPlainString()
                + (unit == null ? "" : " " + unit)
                + " more; pledge at most that.");
      }
      pledgedQuantity = pledgedQuantity.add(amount);
      changed("pledgedQuantity");
      if (pledgedQuantity.compareTo(quantity) >= 0) {
        status = NeedStatus.PLEDGED;
        changed("status");
      }
    }
    return amount;
  }

  /** Counts a pledge's delivery; the need is {@code MET} when deliveries cover it. */
  public void recordDelivery(BigDecimal delivered) {
    if (delivered != null) {
      deliveredQuantity = deliveredQuantity.add(delivered);
      changed("deliveredQuantity");
    }
    boolean covered = quantity == null || deliveredQuantity.compareTo(quantity) >= 0;
    if (covered && (status == NeedStatus.OPEN || status == NeedStatus.PLEDGED)) {
      status = NeedStatus.MET;
      changed("status");
    }
  }

  /** Its VCFSE closes the need, whatever stage it reached. */
  public void close() {
    if (status == NeedStatus.CLOSED) {
      throw conflict("The need is already closed.");
    }
    status = NeedStatus.CLOSED;
    changed("status");
  }

  private static ProblemException conflict(String detail) {
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

  public NeedStatus status() {
    return status;
  }

  public BigDecimal pledgedQuantity() {
    return pledgedQuantity;
  }

  public BigDecimal deliveredQuantity() {
    return deliveredQuantity;
  }

  public String searchText() {
    return searchText;
  }
}
