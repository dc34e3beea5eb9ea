package uk.svkit.api.framework.application;

import java.time.OffsetDateTime;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ValuationEngine;

/**
 * A valuation about to be recorded: everything its response shows, from which the resource renders
 * the trace that is stored and returned (so a later read gives back exactly what was returned).
 */
public record ValuationDraft(
    String id,
    ProxySet set,
    Edition edition,
    ValuationEngine.Result result,
    OffsetDateTime createdAt) {}
