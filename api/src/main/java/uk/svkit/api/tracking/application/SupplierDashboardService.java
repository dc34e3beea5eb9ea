package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * A supplier's own view: each of its contracts, with every buyer, with its KPIs' commitments,
 * claimed and validated delivery (including deliveries the VCFSEs confirmed) and monetised value,
 * traced term by term. Read a page of contracts at a time from the kept totals (one read per
 * contract, whatever the number of returns), valued by the one valuation engine as the buyer's
 * views are.
 */
@ApplicationScoped
public class SupplierDashboardService {
  @Inject ContractRepository contracts;
  @Inject PeriodTotalsRepository totals;
  @Inject ProgressService progress;
  @Inject ContractValueService values;
  @Inject Clock clock;

  /** The caller's contracts as supplier, by title, keyset-paged by (title, id). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SupplierContractView> contracts(String afterTitle, String afterId, int fetch) {
    Caller caller = Tenancy.caller();
    String supplier = caller.organisationId();
    if (supplier == null) {
      throw ProblemException.forbidden(
          "A supplier dashboard belongs to a supplier organisation; act as one.");
    }
    List<SupplierContractView> page = new ArrayList<>();
    for (Contract contract : contracts.list(caller, supplier, afterTitle, afterId, fetch)) {
      List<PeriodTotals> kept = totals.ofContract(contract);
      page.add(
          new SupplierContractView(
              progress.progress(contract, kept, Timestamps.today(clock)),
              values.value(contract, kept, ContractValueService.Basis.COMMITTED),
              values.value(contract, kept, ContractValueService.Basis.CLAIMED),
              values.value(contract, kept, ContractValueService.Basis.VALIDATED)));
    }
    return page;
  }
}
