package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A partnership as an organisation's public recognitions show it, once both sides agreed.
 *
 * @since 0.2.0
 */
public final class PublicPartnership {

  private String partnershipId;
  private String title;
  private String side;
  private String partnerOrganisationId;
  private String partnerName;
  private LocalDate startedOn;
  private LocalDate endsOn;
  private BigDecimal deliveredValue;
  private String currency;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PublicPartnership() {}

  /**
   * Returns the partnership.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPartnershipId() {
    return partnershipId;
  }

  /**
   * Returns the title.
   *
   * @return the value, or {@code null} if absent
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the side the organisation looked up is on: {@code BUSINESS} or {@code VCFSE}.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSide() {
    return side;
  }

  /**
   * Returns the other party.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPartnerOrganisationId() {
    return partnerOrganisationId;
  }

  /**
   * Returns the other party's name.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPartnerName() {
    return partnerName;
  }

  /**
   * Returns the day it started.
   *
   * @return the date
   */
  public LocalDate getStartedOn() {
    return startedOn;
  }

  /**
   * Returns the day it ends.
   *
   * @return the date, or {@code null} while it runs on
   */
  public LocalDate getEndsOn() {
    return endsOn;
  }

  /**
   * Returns the delivery the VCFSE confirmed, valued.
   *
   * @return the amount, or {@code null} when not valued
   */
  public BigDecimal getDeliveredValue() {
    return deliveredValue;
  }

  /**
   * Returns the currency of the value.
   *
   * @return the value, or {@code null} if absent
   */
  public String getCurrency() {
    return currency;
  }

  @Override
  public String toString() {
    return "PublicPartnership{"
        + "partnershipId="
        + partnershipId
        + ", "
        + "title="
        + title
        + ", "
        + "side="
        + side
        + '}';
  }
}
