package uk.svkit.api.procurement.application;

import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.procurement.domain.BidRevision;

/** Every revision of a bid, oldest first, with the measures their commitments name, by code. */
public record BidRevisionsView(List<BidRevision> revisions, Map<String, Measure> measures) {}
