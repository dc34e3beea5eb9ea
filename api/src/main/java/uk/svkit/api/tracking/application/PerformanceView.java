package uk.svkit.api.tracking.application;

import uk.svkit.api.organisation.application.OrganisationRef;

/** A contract's progress to the end of an assessed period, with its buyer and supplier. */
public record PerformanceView(
    ContractProgressView progress, OrganisationRef buyer, OrganisationRef supplier) {}
