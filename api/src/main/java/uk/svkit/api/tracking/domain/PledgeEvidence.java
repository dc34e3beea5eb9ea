package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Support a supplier delivered to a VCFSE through a directory pledge that names one of its KPIs.
 */
public record PledgeEvidence(
    String pledgeId,
    String commitmentId,
    String contractId,
    String needId,
    String needTitle,
    String supportType,
    String unit,
    String vcfseOrganisationId,
    String businessOrganisationId,
    BigDecimal deliveredQuantity,
    String note,
    OffsetDateTime deliveredAt) {}
