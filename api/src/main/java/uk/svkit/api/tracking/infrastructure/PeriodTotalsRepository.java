package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.persistence.JdbcRepository;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.TotalsChange;

/**
 * The totals kept beside the returns (claimed and validated quantity and live returns per
 * commitment and period), so progress, dashboards and benchmarks read one row per period instead of
 * summing every return. They change only with the returns they count, in the same transaction, so
 * they are not audited separately. Buyer-wide reads take the buyer the caller acts for.
 */
@ApplicationScoped
public class PeriodTotalsRepository extends JdbcRepository {

  /** Claimed and validated quantity of one KPI, summed over its periods (or over one quarter). */
  public record Sums(
      String commitmentId,
      String quarter,
      java.math.BigDecimal claimed,
      java.math.BigDecimal validated) {}

  /**
   * Adds the changes to the kept totals: one batch of updates, then one batch of inserts for the
   * periods that had no row yet. Callers hold the commitments' locks.
   */
  public void apply(Collection<TotalsChange> changes) {
    Map<String, TotalsChange> merged = new LinkedHashMap<>();
    for (TotalsChange d : changes) {
      merged.merge(d.commitmentId() + "|" + d.periodStart(), d, TotalsChange::plus);
    }
    List<TotalsChange> all = new ArrayList<>(merged.values());
    withConnection(
        c -> {
          List<TotalsChange> missing = new ArrayList<>();
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE trk_progress SET claimed_quantity = claimed_quantity + ?, validated_quantity = validated_quantity + ?, returns = returns + ?"
                      + " WHERE commitment_id = ? AND period_start = ?")) {
            for (TotalsChange d : all) {
              update.setBigDecimal(1, d.claimed());
              update.setBigDecimal(2, d.validated());
              update.setInt(3, d.liveReturns());
              update.setString(4, d.commitmentId());
              update.setDate(5, Date.valueOf(d.periodStart()));
              update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
              if (counts[i] == 0) {
                missing.add(all.get(i));
              }
            }
          }
          if (!missing.isEmpty()) {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO trk_progress (commitment_id, period_start, contract_id, buyer_organisation_id, claimed_quantity, validated_quantity,"
                        + " returns) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
              for (TotalsChange d : missing) {
                insert.setString(1, d.commitmentId());
                insert.setDate(2, Date.valueOf(d.periodStart()));
                insert.setString(3, d.contractId());
                insert.setString(4, d.buyerOrganisationId());
                insert.setBigDecimal(5, d.claimed());
                insert.setBigDecimal(6, d.validated());
                insert.setInt(7, d.liveReturns());
                insert.addBatch();
              }
              insert.executeBatch();
            }
          }
          return null;
        });
  }

  /** The kept totals of a (visible) contract's KPIs, one per commitment and period. */
  public List<PeriodTotals> ofContract(Contract contract) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT commitment_id, period_start, claimed_quantity, validated_quantity, returns FROM trk_progress WHERE contract_id = ?")) {
            select.setString(1, contract.id());
            List<PeriodTotals> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                result.add(
                    new PeriodTotals(
                        rows.getString(1),
                        rows.getDate(2).toLocalDate(),
                        rows.getBigDecimal(3),
                        rows.getBigDecimal(4),
                        rows.getInt(5)));
              }
            }
            return result;
          }
        });
  }

  /**
   * A buyer's kept totals summed per KPI, in the database: one row per KPI whatever the number of
   * returns.
   */
  public List<Sums> sumsByCommitmentOfBuyer(String buyerOrganisationId) {
    return sums(
        "SELECT commitment_id, NULL, SUM(claimed_quantity), SUM(validated_quantity) FROM trk_progress"
            + " WHERE buyer_organisation_id = ? GROUP BY commitment_id",
        buyerOrganisationId);
  }

  /**
   * A buyer's kept totals summed per KPI and calendar quarter of the reporting period's start (e.g.
   * 2026-Q1).
   */
  public List<Sums> sumsByCommitmentAndQuarterOfBuyer(String buyerOrganisationId) {
    return sums(
        "SELECT commitment_id, CAST(y AS VARCHAR(4)) || '-Q' || CAST(q AS VARCHAR(1)), SUM(claimed_quantity), SUM(validated_quantity) FROM"
            + " (SELECT commitment_id, CAST(EXTRACT(YEAR FROM period_start) AS INTEGER) AS y,"
            + " CAST(FLOOR((EXTRACT(MONTH FROM period_start) - 1) / 3) AS INTEGER) + 1 AS q, claimed_quantity, validated_quantity"
            + " FROM trk_progress WHERE buyer_organisation_id = ?) t GROUP BY commitment_id, y, q",
        buyerOrganisationId);
  }

  /** Per-KPI sums of every buyer that opted in to benchmarking, keyed by buyer organisation. */
  public Map<String, List<Sums>> sumsOfBenchmarkedBuyers() {
    return withConnection(
        c -> {
          Map<String, List<Sums>> byBuyer = new LinkedHashMap<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT o.organisation_id, p.commitment_id, SUM(p.claimed_quantity), SUM(p.validated_quantity) FROM trk_benchmark_opt_in o"
                          + " LEFT JOIN trk_progress p ON p.buyer_organisation_id = o.organisation_id GROUP BY o.organisation_id, p.commitment_id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              List<Sums> sums = byBuyer.computeIfAbsent(rows.getString(1), k -> new ArrayList<>());
              if (rows.getString(2) != null) {
                sums.add(
                    new Sums(
                        rows.getString(2), null, rows.getBigDecimal(3), rows.getBigDecimal(4)));
              }
            }
          }
          return byBuyer;
        });
  }

  private List<Sums> sums(String sql, String buyerOrganisationId) {
    return withConnection(
        c -> {
          try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, buyerOrganisationId);
            List<Sums> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                result.add(
                    new Sums(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getBigDecimal(3),
                        rows.getBigDecimal(4)));
              }
            }
            return result;
          }
        });
  }
}
