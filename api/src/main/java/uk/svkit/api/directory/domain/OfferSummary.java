package uk.svkit.api.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What an offer shows wherever it is listed. Offer searches read it straight from the table in the
 * statement that finds the page, so a page of offers loads no entities; an offer read on its own is
 * summarised by {@link #of}, so both answer alike.
 */
public record OfferSummary(
    String id,
    String organisationId,
    String businessName,
    SupportType supportType,
    String title,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal claimedQuantity,
    BigDecimal deliveredQuantity,
    String placeCode,
    String postcode,
    Double latitude,
    Double longitude,
    LocalDate expiresOn,
    OfferStatus status,
    int claimCount,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public static OfferSummary of(Offer o) {
    return new OfferSummary(
        o.id(),
        o.ownerOrganisationId(),
        o.businessName(),
        o.supportType(),
        o.title(),
        o.description(),
        o.quantity(),
        o.unit(),
        o.claimedQuantity(),
        o.deliveredQuantity(),
        o.placeCode(),
        o.postcode(),
        o.latitude(),
        o.longitude(),
        o.expiresOn(),
        o.status(),
        o.claimCount(),
        o.version(),
        o.createdAt(),
        o.updatedAt());
  }

  /** What is still to be claimed, or {@code null} for an offer without a quantity. */
  public BigDecimal remainingQuantity() {
    return Listing.remaining(quantity, claimedQuantity);
  }

  public boolean isExpired(LocalDate today) {
    return expiresOn.isBefore(today);
  }
}
