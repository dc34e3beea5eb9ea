package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The evidence behind a return that counts a delivery confirmed by the VCFSE that received it: the
 * pledge or offer claim it came through, and the VCFSE's answer as it stood when the return was
 * made. Kept with the return, because the buyer who validates it cannot read the delivery itself.
 *
 * @param deliveryId the delivery's id (the pledge's or offer claim's id)
 * @param through {@code PLEDGE} or {@code OFFER_CLAIM}
 * @param status {@code CONFIRMED}, {@code ADJUSTED} or {@code DISPUTED}
 * @param acceptedQuantity what the VCFSE accepted: the quantity the return counts
 */
public record ConfirmedDelivery(
    String deliveryId,
    String through,
    String listingId,
    String listingTitle,
    String unit,
    String vcfseOrganisationId,
    BigDecimal deliveredQuantity,
    OffsetDateTime deliveredAt,
    String status,
    BigDecimal acceptedQuantity,
    String reason,
    String answeredBy,
    OffsetDateTime answeredAt) {}
