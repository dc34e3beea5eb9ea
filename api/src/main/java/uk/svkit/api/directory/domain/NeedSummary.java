package uk.svkit.api.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a need shows wherever it is listed, with the name of the VCFSE that posted it ({@code null}
 * if it has no profile). Need searches read it straight from the tables in the statement that finds
 * the page, so a page of needs loads no entities; a need read on its own is summarised by {@link
 * #of}, so both answer alike.
 */
public record NeedSummary(
    String id,
    String organisationId,
    String organisationName,
    SupportType supportType,
    String title,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal pledgedQuantity,
    BigDecimal deliveredQuantity,
    String placeCode,
    LocalDate expiresOn,
    NeedStatus status,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public static NeedSummary of(Need n, String organisationName) {
    return new NeedSummary(
        n.id(),
        n.ownerOrganisationId(),
        organisationName,
        n.supportType(),
        n.title(),
        n.description(),
        n.quantity(),
        n.unit(),
        n.pledgedQuantity(),
        n.deliveredQuantity(),
        n.placeCode(),
        n.expiresOn(),
        n.status(),
        n.version(),
        n.createdAt(),
        n.updatedAt());
  }

  /** What is still to be pledged, or {@code null} for a need without a quantity. */
  public BigDecimal remainingQuantity() {
    return Listing.remaining(quantity, pledgedQuantity);
  }

  public boolean isExpired(LocalDate today) {
    return expiresOn.isBefore(today);
  }
}
