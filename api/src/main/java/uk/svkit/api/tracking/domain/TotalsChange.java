package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one step in a return's life does to the kept totals of its commitment and reporting period
 * (claimed and validated quantity, number of live returns). The totals are the sum of these
 * changes, so they cannot drift from the returns they count.
 */
public record TotalsChange(
    String commitmentId,
    LocalDate periodStart,
    String contractId,
    String buyerOrganisationId,
    BigDecimal claimed,
    BigDecimal validated,
    int liveReturns) {

  /** The sum of two changes to the same commitment and period. */
  public TotalsChange plus(TotalsChange other) {
    return new TotalsChange(
        commitmentId,
        periodStart,
        contractId,
        buyerOrganisationId,
        claimed.add(other.claimed),
        validated.add(other.validated),
        liveReturns + other.liveReturns);
  }
}
