package uk.svkit.api.directory.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Raised (as a CDI event, in the recording transaction) when a business records what it delivered
 * against a VCFSE's need through a pledge that names a contract commitment, so contract tracking
 * can show the delivered support as evidence for that KPI.
 *
 * <p>Raised too when a business records delivery against a VCFSE's claim on one of its offers
 * ({@link OfferClaim}) that names a commitment: the same evidence by the same path. Then {@code
 * pledgeId} is the claim's id, {@code needId} and {@code needTitle} the offer's, and {@code
 * vcfseOrganisationId} the claiming VCFSE.
 *
 * @param deliveredQuantity everything delivered through the pledge so far
 */
public record PledgeDelivered(
    String pledgeId,
    String needId,
    String needTitle,
    SupportType supportType,
    String unit,
    String vcfseOrganisationId,
    String businessOrganisationId,
    String commitmentId,
    BigDecimal deliveredQuantity,
    String note,
    OffsetDateTime deliveredAt) {}
