package uk.svkit.api.tracking.application;

import uk.svkit.api.framework.domain.ValuationEngine;

/** One KPI's term in a value trace, with the proxy set that valued it. */
public record TracedTermView(
    String commitmentId,
    String proxySetId,
    String proxySetName,
    String proxySource,
    ValuationEngine.Term term) {}
