package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * Computes, once, the pounds per quarter of a buyer whose returns predate them being kept (V22
 * marks such buyers), in a transaction of its own so the pending mark and the figures change
 * together.
 */
@ApplicationScoped
public class PendingQuarterValues {
  @Inject PeriodTotalsRepository totals;

  @Transactional
  public void compute(String buyerOrganisationId, PeriodTotalsRepository.Valuer valuer) {
    totals.computeQuarterValues(buyerOrganisationId, valuer);
  }
}
