package uk.svkit.api.directory.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Raised (as a CDI event, in the recording transaction) when a business records what it delivered
 * to a VCFSE through an {@link Uptake} that names a contract commitment: a pledge on the VCFSE's
 * need, or the VCFSE's claim on the business's offer. Contract tracking shows the delivered support
 * as evidence for that KPI.
 *
 * @param through whether a pledge or an offer claim was delivered
 * @param uptakeId the pledge's or the offer claim's id
 * @param listingId the need's (for a pledge) or the offer's (for a claim) id
 * @param deliveredQuantity what was delivered, {@code null} for a listing without a quantity
 */
public record SupportDelivered(
    Through through,
    String uptakeId,
    String listingId,
    String listingTitle,
    SupportType supportType,
    String unit,
    String vcfseOrganisationId,
    String businessOrganisationId,
    String commitmentId,
    BigDecimal deliveredQuantity,
    String note,
    OffsetDateTime deliveredAt) {

  /** What the support was delivered through. */
  public enum Through {
    /** A business's pledge on a VCFSE's need. */
    PLEDGE,
    /** A VCFSE's claim on a business's offer. */
    OFFER_CLAIM
  }

  /** The event for a delivered uptake of a listing, if the uptake names a commitment. */
  public static SupportDelivered of(
      Through through, Uptake uptake, Listing listing, String vcfse, String business) {
    return new SupportDelivered(
        through,
        uptake.id(),
        listing.id(),
        listing.title(),
        listing.supportType(),
        listing.unit(),
        vcfse,
        business,
        uptake.commitmentId(),
        uptake.deliveredQuantity(),
        uptake.deliveryNote(),
        uptake.deliveredAt());
  }
}
