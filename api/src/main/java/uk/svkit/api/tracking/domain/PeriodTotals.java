package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Claimed and validated quantities of one commitment in one reporting period, as maintained. */
public record PeriodTotals(
    String commitmentId,
    LocalDate periodStart,
    BigDecimal claimed,
    BigDecimal validated,
    int liveReturns) {}
