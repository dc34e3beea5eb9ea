package uk.svkit.api.procurement.application;

import java.util.Map;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.procurement.domain.Bid;

/**
 * A bid with what a response shows beside it: the tender's currency and the measures its answers'
 * commitments are measured in, by code.
 */
public record BidView(Bid bid, String currency, Map<String, Measure> measures) {}
