package uk.svkit.api.tracking.application;

import java.math.BigDecimal;

/**
 * One benchmark indicator: the caller's own figure and its peers' quartiles, withheld (null) when
 * there are fewer peers than the minimum.
 */
public record BenchmarkIndicatorView(
    String code,
    String title,
    BigDecimal own,
    BigDecimal median,
    BigDecimal p25,
    BigDecimal p75,
    int peers) {}
