package uk.svkit.api.tracking.application;

import java.util.List;

/** How a buyer's social value compares with other opted-in buyers', indicator by indicator. */
public record BenchmarkView(
    String organisationId, int minPeers, List<BenchmarkIndicatorView> indicators) {}
