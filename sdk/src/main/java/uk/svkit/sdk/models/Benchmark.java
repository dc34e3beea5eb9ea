package uk.svkit.sdk.models;

import java.util.List;

/**
 * How a buyer's social value compares with that of other buyers who opted in to benchmarking.
 */
public final class Benchmark {

    private String organisationId;
    private List<BenchmarkIndicator> indicators;

    /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
    protected Benchmark() {
    }

    /**
     * Returns the buyer the benchmark is for.
     *
     * @return the organisation id
     */
    public String getOrganisationId() {
        return organisationId;
    }

    /**
     * Returns the indicators.
     *
     * @return an unmodifiable list, empty if none
     */
    public List<BenchmarkIndicator> getIndicators() {
        return ModelLists.copy(indicators);
    }

    @Override
    public String toString() {
        return "Benchmark{organisationId=" + organisationId + ", indicators=" + indicators + '}';
    }
}
