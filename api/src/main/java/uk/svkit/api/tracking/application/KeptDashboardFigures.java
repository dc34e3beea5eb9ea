package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.tracking.domain.RatingPolicy;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows;
import uk.svkit.api.tracking.infrastructure.ContractKpiRows.ContractRow;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.ContractFigures;

/**
 * Keeps each buyer's dashboard figures ({@link DashboardFigureRows}) current before they are read:
 * recomputes the contracts changed since the last read (on PostgreSQL, marked by triggers in the
 * transaction of each change) and adjusts the buyer's sums by the difference. A read therefore
 * costs what changed since the last one plus a few rows, not the buyer's whole book of contracts.
 * Without marks (H2), and when the rating thresholds differ from those the figures were kept with,
 * it recomputes every contract of the buyer.
 */
@ApplicationScoped
public class KeptDashboardFigures {
  @Inject DashboardFigureRows rows;
  @Inject ContractKpiRows kpiRows;
  @Inject FrameworkService frameworks;
  @Inject ProgressService progress;
  @Inject KeptDashboardFigures self;

  /** Brings the buyers' kept figures up to date, each in a transaction of its own. */
  public void bringUpToDate(Collection<String> buyers) {
    String basis = basis(progress.policy());
    boolean marked = rows.marksChanges();
    for (String buyer : new TreeSet<>(buyers)) {
      if (!marked || !rows.upToDate(buyer, basis)) {
        self.recompute(buyer, basis, marked);
      }
    }
  }

  /**
   * Recomputes the buyer's marked contracts, or all of them when the figures were kept with another
   * basis or changes are not marked. Under the buyer's row lock, so two reads never adjust the same
   * sums at once; marks are taken before the contracts are read, so a mark removed here stands for
   * changes this transaction has read.
   */
  @Transactional
  public void recompute(String buyer, String basis, boolean marked) {
    String kept = rows.lockBuyer(buyer);
    boolean everything = !marked || !basis.equals(kept);
    List<String> unmark = marked ? rows.lockMarked(buyer) : List.of();
    List<String> contracts = everything ? rows.contractsOf(buyer) : rows.marked(buyer);
    RatingPolicy policy = progress.policy();
    UnitValues unitValues = new UnitValues(frameworks);
    int step = DashboardFigureRows.contractsPerReplace();
    for (int first = 0; first < contracts.size(); first += step) {
      List<String> chunk = contracts.subList(first, Math.min(contracts.size(), first + step));
      List<ContractFigures> computed = new ArrayList<>(chunk.size());
      for (ContractRow contract : kpiRows.ofContracts(buyer, chunk)) {
        computed.add(ContractFigureCalculation.of(contract, unitValues, policy));
      }
      rows.replace(buyer, chunk, computed);
    }
    rows.unmark(unmark);
    if (everything) {
      rows.setBasis(buyer, basis);
    }
  }

  /** What kept rating dates depend on besides the contracts: the rating thresholds. */
  static String basis(RatingPolicy policy) {
    return "ratings "
        + policy.good().stripTrailingZeros().toPlainString()
        + "/"
        + policy.approaching().stripTrailingZeros().toPlainString()
        + "/"
        + policy.requiresImprovement().stripTrailingZeros().toPlainString();
  }
}
