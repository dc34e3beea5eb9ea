package uk.svkit.api.procurement.domain;

/**
 * Raised (as a CDI event, in the awarding transaction) when a buyer awards a tender to a bid, so
 * contract tracking can carry the winning bid's commitments over as KPIs.
 */
public record BidAwarded(String tenderId, String bidId, String buyerOrganisationId, String supplierOrganisationId) {}
