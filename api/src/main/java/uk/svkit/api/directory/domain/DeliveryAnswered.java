package uk.svkit.api.directory.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Raised (as a CDI event, in the answering transaction) each time the receiving VCFSE gives or
 * changes its answer on a delivery that names a contract commitment. Contract tracking keeps the
 * commitment's return for the delivery at {@code countedQuantity}; the event carries the whole
 * answer because the buyer, who sees that return, cannot read the delivery itself.
 *
 * @param countedQuantity what the delivery now counts for ({@link Delivery#countedQuantity}): zero
 *     once disputed, null for support without a quantity
 */
public record DeliveryAnswered(
    String deliveryId,
    SupportDelivered.Through through,
    String listingId,
    String listingTitle,
    String unit,
    String vcfseOrganisationId,
    String businessOrganisationId,
    String commitmentId,
    BigDecimal deliveredQuantity,
    OffsetDateTime deliveredAt,
    DeliveryStatus status,
    BigDecimal countedQuantity,
    String reason,
    String answeredBy,
    OffsetDateTime answeredAt) {

  public static DeliveryAnswered of(Delivery d) {
    return new DeliveryAnswered(
        d.id(),
        d.through(),
        d.listingId(),
        d.listingTitle(),
        d.unit(),
        d.vcfseOrganisationId(),
        d.businessOrganisationId(),
        d.commitmentId(),
        d.deliveredQuantity(),
        d.deliveredAt(),
        d.status(),
        d.countedQuantity(),
        d.reason(),
        d.answeredBy(),
        d.answeredAt());
  }
}
