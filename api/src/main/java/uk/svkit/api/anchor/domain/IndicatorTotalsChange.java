package uk.svkit.api.anchor.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one step in an indicator return's life does to the kept totals of its declaration and
 * period: the claimed and validated value and how many live and validated returns count. The kept
 * totals are the sum of these changes, so they cannot drift from the returns.
 */
public record IndicatorTotalsChange(
    String declarationId,
    LocalDate periodStart,
    BigDecimal claimed,
    BigDecimal validated,
    int liveReturns,
    int validatedReturns) {}
