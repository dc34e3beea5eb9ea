package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A periodic return: the quantity delivered against one commitment in one reporting period, with a
 * narrative and evidence. Immutable here; its review status changes through the store.
 */
public record KpiReturn(
    String id,
    long version,
    String contractId,
    String commitmentId,
    String buyerOrganisationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal quantity,
    String narrative,
    List<EvidenceRef> evidence,
    ReturnStatus status,
    String rejectionReason,
    String supersedesId,
    String supersededById,
    String submittedBy,
    OffsetDateTime submittedAt,
    String reviewedBy,
    OffsetDateTime reviewedAt) {}
