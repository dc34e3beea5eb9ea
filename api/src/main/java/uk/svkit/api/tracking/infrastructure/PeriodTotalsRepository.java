package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.svkit.api.platform.persistence.DatabaseProduct;
import uk.svkit.api.platform.persistence.JdbcRepository;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.TotalsChange;

/**
 * The totals kept beside the returns (claimed and validated quantity and live returns per
 * commitment and period; per commitment over all periods; a buyer's pounds per quarter), so
 * progress reads one row per period and dashboards and benchmarks one row per KPI or quarter
 * instead of summing every return. They change only with the returns they count, in the same
 * transaction, so they are not audited separately. Buyer-wide reads take the buyer the caller acts
 * for.
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
   * The pounds one KPI's quantity is worth, rounded to pence: the figure the dashboard shows for it
   * in a quarter. The application supplies it (unit values come from the valuation engine).
   */
  @FunctionalInterface
  public interface Valuer {
    BigDecimal money(String commitmentId, BigDecimal quantity);
  }

  /**
   * Kept pounds are split into this many rows per buyer and quarter (by contract), so writers of
   * different contracts rarely wait for each other's row locks.
   */
  static final int STRIPES = 64;

  /** KPI quarters read back per statement (three parameters each). */
  private static final int QUARTERS_PER_READ = 100;

  /**
   * Adds the changes to the kept totals, on one connection: per KPI and period (one batch of
   * updates, then one of inserts for periods that had no row), per KPI over all periods, and the
   * buyer's pounds per quarter. Callers hold the commitments' locks; rows shared between KPIs (the
   * quarter stripes) are written in key order so that concurrent writers cannot deadlock.
   */
  public void apply(Collection<TotalsChange> changes, Valuer valuer) {
    if (changes.isEmpty()) {
      return;
    }
    Map<String, TotalsChange> merged = new LinkedHashMap<>();
    Map<String, TotalsChange> byCommitment = new TreeMap<>();
    for (TotalsChange d : changes) {
      merged.merge(d.commitmentId() + "|" + d.periodStart(), d, TotalsChange::plus);
      // In contract order: each row's trigger marks its contract for the dashboards (V38), holding
      // the mark's lock to commit, so two writers must take shared contracts' marks in one order.
      byCommitment.merge(d.contractId() + "|" + d.commitmentId(), d, TotalsChange::plus);
    }
    List<TotalsChange> all = new ArrayList<>(merged.values());
    withConnection(
        c -> {
          boolean postgres = DatabaseProduct.isPostgres(c);
          addOrInsert(
              c,
              postgres,
              all,
              "UPDATE trk_progress SET claimed_quantity = claimed_quantity + ?, validated_quantity = validated_quantity + ?,"
                  + " returns = returns + ? WHERE commitment_id = ? AND period_start = ?",
              "INSERT INTO trk_progress (claimed_quantity, validated_quantity, returns, commitment_id, period_start, contract_id,"
                  + " buyer_organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
              " ON CONFLICT (commitment_id, period_start) DO UPDATE SET"
                  + " claimed_quantity = trk_progress.claimed_quantity + EXCLUDED.claimed_quantity,"
                  + " validated_quantity = trk_progress.validated_quantity + EXCLUDED.validated_quantity,"
                  + " returns = trk_progress.returns + EXCLUDED.returns",
              true);
          addOrInsert(
              c,
              postgres,
              new ArrayList<>(byCommitment.values()),
              "UPDATE trk_commitment_totals SET claimed_quantity = claimed_quantity + ?, validated_quantity = validated_quantity + ?"
                  + " WHERE commitment_id = ?",
              "INSERT INTO trk_commitment_totals (claimed_quantity, validated_quantity, commitment_id, contract_id,"
                  + " buyer_organisation_id) VALUES (?, ?, ?, ?, ?)",
              " ON CONFLICT (commitment_id) DO UPDATE SET"
                  + " claimed_quantity = trk_commitment_totals.claimed_quantity + EXCLUDED.claimed_quantity,"
                  + " validated_quantity = trk_commitment_totals.validated_quantity + EXCLUDED.validated_quantity",
              false);
          addToQuarterValues(c, all, valuer);
          return null;
        });
  }

  /**
   * Adds each change to its row. On PostgreSQL one batch of {@code INSERT ... ON CONFLICT DO
   * UPDATE} (which the driver can send as multi-row statements); elsewhere a batch of updates, then
   * a batch of inserts for the rows that did not exist. Callers hold the rows' commitment locks, so
   * no other writer can insert the same row in between.
   */
  private static void addOrInsert(
      Connection c,
      boolean postgres,
      List<TotalsChange> rows,
      String update,
      String insert,
      String onConflict,
      boolean perPeriod)
      throws SQLException {
    List<TotalsChange> missing = new ArrayList<>();
    if (postgres) {
      missing = rows;
      insert = insert + onConflict;
    } else {
      try (PreparedStatement s = c.prepareStatement(update)) {
        for (TotalsChange d : rows) {
          int i = 1;
          s.setBigDecimal(i++, d.claimed());
          s.setBigDecimal(i++, d.validated());
          if (perPeriod) {
            s.setInt(i++, d.liveReturns());
          }
          s.setString(i++, d.commitmentId());
          if (perPeriod) {
            s.setObject(i++, d.periodStart());
          }
          s.addBatch();
        }
        int[] counts = s.executeBatch();
        for (int k = 0; k < counts.length; k++) {
          if (counts[k] == 0) {
            missing.add(rows.get(k));
          }
        }
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(insert)) {
      for (TotalsChange d : missing) {
        int i = 1;
        s.setBigDecimal(i++, d.claimed());
        s.setBigDecimal(i++, d.validated());
        if (perPeriod) {
          s.setInt(i++, d.liveReturns());
        }
        s.setString(i++, d.commitmentId());
        if (perPeriod) {
          s.setObject(i++, d.periodStart());
        }
        s.setString(i++, d.contractId());
        s.setString(i++, d.buyerOrganisationId());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** One KPI's quantities in one calendar quarter. */
  private record KpiQuarter(String commitmentId, LocalDate quarterStart) {}

  /** A stripe of a buyer's kept pounds in one quarter. */
  private record QuarterStripe(String buyer, String quarter, int stripe)
      implements Comparable<QuarterStripe> {
    @Override
    public int compareTo(QuarterStripe o) {
      return Comparator.comparing(QuarterStripe::buyer)
          .thenComparing(QuarterStripe::quarter)
          .thenComparingInt(QuarterStripe::stripe)
          .compare(this, o);
    }
  }

  /**
   * Adds to the buyers' pounds per quarter the change of each touched KPI's rounded figure in the
   * quarter (its figure after the change, read back from trk_progress, minus its figure before), so
   * that the kept pounds equal the sum of the KPIs' rounded figures that the dashboard shows.
   * Buyers still pending their one-off computation are left alone.
   */
  private void addToQuarterValues(Connection c, List<TotalsChange> all, Valuer valuer)
      throws SQLException {
    Set<String> pending = lockPending(c, all.stream().map(TotalsChange::buyerOrganisationId));
    Map<KpiQuarter, TotalsChange> changed = new LinkedHashMap<>();
    for (TotalsChange d : all) {
      if (pending.contains(d.buyerOrganisationId())) {
        continue;
      }
      LocalDate quarter = quarterStart(d.periodStart());
      changed.merge(new KpiQuarter(d.commitmentId(), quarter), d, TotalsChange::plus);
    }
    if (changed.isEmpty()) {
      return;
    }
    // The touched KPIs' quantities in the touched quarters after the change: those quarters' rows
    // only (a bulk request spread over years would otherwise read every period of its KPIs, under
    // their locks).
    Map<KpiQuarter, BigDecimal[]> after = new HashMap<>();
    List<KpiQuarter> keys = new ArrayList<>(changed.keySet());
    for (int first = 0; first < keys.size(); first += QUARTERS_PER_READ) {
      List<KpiQuarter> chunk =
          keys.subList(first, Math.min(keys.size(), first + QUARTERS_PER_READ));
      StringBuilder sql =
          new StringBuilder(
              "SELECT commitment_id, period_start, claimed_quantity, validated_quantity FROM trk_progress WHERE ");
      for (int k = 0; k < chunk.size(); k++) {
        sql.append(k == 0 ? "" : " OR ")
            .append("(commitment_id = ? AND period_start >= ? AND period_start < ?)");
      }
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        int i = 1;
        for (KpiQuarter key : chunk) {
          s.setString(i++, key.commitmentId());
          s.setObject(i++, key.quarterStart());
          s.setObject(i++, key.quarterStart().plusMonths(3));
        }
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            KpiQuarter key =
                new KpiQuarter(rows.getString(1), quarterStart(rows.getObject(2, LocalDate.class)));
            BigDecimal[] sum =
                after.computeIfAbsent(
                    key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(rows.getBigDecimal(3));
            sum[1] = sum[1].add(rows.getBigDecimal(4));
          }
        }
      }
    }
    Map<QuarterStripe, BigDecimal[]> deltas = new TreeMap<>();
    for (var entry : changed.entrySet()) {
      TotalsChange d = entry.getValue();
      BigDecimal[] now =
          after.getOrDefault(entry.getKey(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      String id = d.commitmentId();
      BigDecimal claimed =
          valuer.money(id, now[0]).subtract(valuer.money(id, now[0].subtract(d.claimed())));
      BigDecimal validated =
          valuer.money(id, now[1]).subtract(valuer.money(id, now[1].subtract(d.validated())));
      // A zero change still creates the quarter's row: the dashboard lists every quarter with a
      // return, as it lists every quarter with kept totals.
      BigDecimal[] sum =
          deltas.computeIfAbsent(
              new QuarterStripe(
                  d.buyerOrganisationId(),
                  quarter(entry.getKey().quarterStart()),
                  Math.floorMod(d.contractId().hashCode(), STRIPES)),
              k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(claimed);
      sum[1] = sum[1].add(validated);
    }
    try (PreparedStatement s = c.prepareStatement(quarterUpsert(c))) {
      for (var entry : deltas.entrySet()) {
        s.setString(1, entry.getKey().buyer());
        s.setString(2, entry.getKey().quarter());
        s.setInt(3, entry.getKey().stripe());
        s.setBigDecimal(4, entry.getValue()[0]);
        s.setBigDecimal(5, entry.getValue()[1]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Adds to a quarter stripe, creating it if needed, in one statement per database: PostgreSQL's
   * {@code ON CONFLICT}, standard {@code MERGE} on H2 (PostgreSQL has it only from 15; 14 is
   * supported).
   */
  private static String quarterUpsert(Connection c) throws SQLException {
    if (DatabaseProduct.isPostgres(c)) {
      return "INSERT INTO trk_buyer_quarter_value AS t (buyer_organisation_id, quarter, stripe, claimed_value, validated_value)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (buyer_organisation_id, quarter, stripe) DO UPDATE SET"
          + " claimed_value = t.claimed_value + EXCLUDED.claimed_value,"
          + " validated_value = t.validated_value + EXCLUDED.validated_value";
    }
    return "MERGE INTO trk_buyer_quarter_value t USING (VALUES (CAST(? AS VARCHAR(36)), CAST(? AS VARCHAR(7)),"
        + " CAST(? AS INTEGER), CAST(? AS NUMERIC(19, 2)), CAST(? AS NUMERIC(19, 2))))"
        + " s (buyer_organisation_id, quarter, stripe, claimed_value, validated_value)"
        + " ON t.buyer_organisation_id = s.buyer_organisation_id AND t.quarter = s.quarter AND t.stripe = s.stripe"
        + " WHEN MATCHED THEN UPDATE SET claimed_value = t.claimed_value + s.claimed_value,"
        + " validated_value = t.validated_value + s.validated_value"
        + " WHEN NOT MATCHED THEN INSERT (buyer_organisation_id, quarter, stripe, claimed_value, validated_value)"
        + " VALUES (s.buyer_organisation_id, s.quarter, s.stripe, s.claimed_value, s.validated_value)";
  }

  /**
   * The buyers among these whose pounds per quarter are still to be computed once (they had returns
   * before the pounds were kept). Their rows stay locked until the transaction ends, so the one-off
   * computation waits for writers that skipped the buyer, and writers wait for it.
   */
  private static Set<String> lockPending(Connection c, Stream<String> buyers) throws SQLException {
    List<String> distinct = buyers.distinct().sorted().toList();
    Set<String> pending = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT buyer_organisation_id FROM trk_buyer_value_pending WHERE buyer_organisation_id IN ("
                + marks(distinct.size())
                + ") FOR UPDATE")) {
      int i = 1;
      for (String buyer : distinct) {
        s.setString(i++, buyer);
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          pending.add(rows.getString(1));
        }
      }
    }
    return pending;
  }

  /** Whether the buyer's pounds per quarter are still to be computed once. */
  public boolean quarterValuesPending(String buyerOrganisationId) {
    return withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT 1 FROM trk_buyer_value_pending WHERE buyer_organisation_id = ?")) {
            s.setString(1, buyerOrganisationId);
            try (ResultSet rows = s.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  /**
   * Computes a pending buyer's pounds per quarter once, from the kept totals per KPI and period,
   * and clears the pending mark; nothing if another caller did it first. Runs in the caller's
   * transaction.
   */
  public void computeQuarterValues(String buyerOrganisationId, Valuer valuer) {
    withConnection(
        c -> {
          if (lockPending(c, Stream.of(buyerOrganisationId)).isEmpty()) {
            return null;
          }
          Map<String, BigDecimal[]> byQuarter = new TreeMap<>();
          for (Sums s : sumsByCommitmentAndQuarter(c, buyerOrganisationId)) {
            BigDecimal[] sum =
                byQuarter.computeIfAbsent(
                    s.quarter(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(valuer.money(s.commitmentId(), s.claimed()));
            sum[1] = sum[1].add(valuer.money(s.commitmentId(), s.validated()));
          }
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM trk_buyer_quarter_value WHERE buyer_organisation_id = ?")) {
            delete.setString(1, buyerOrganisationId);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO trk_buyer_quarter_value (buyer_organisation_id, quarter, stripe, claimed_value, validated_value)"
                      + " VALUES (?, ?, 0, ?, ?)")) {
            for (var entry : byQuarter.entrySet()) {
              insert.setString(1, buyerOrganisationId);
              insert.setString(2, entry.getKey());
              insert.setBigDecimal(3, entry.getValue()[0]);
              insert.setBigDecimal(4, entry.getValue()[1]);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          try (PreparedStatement done =
              c.prepareStatement(
                  "DELETE FROM trk_buyer_value_pending WHERE buyer_organisation_id = ?")) {
            done.setString(1, buyerOrganisationId);
            done.executeUpdate();
          }
          return null;
        });
  }

  /** The calendar quarter a reporting period is counted in, as the dashboard names it (2026-Q1). */
  static String quarter(LocalDate quarterStart) {
    return quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
  }

  private static LocalDate quarterStart(LocalDate day) {
    return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
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
                        rows.getObject(2, LocalDate.class),
                        rows.getBigDecimal(3),
                        rows.getBigDecimal(4),
                        rows.getInt(5)));
              }
            }
            return result;
          }
        });
  }

  /** Claimed and validated pounds of one calendar quarter (2026-Q1). */
  public record QuarterValue(String quarter, BigDecimal claimed, BigDecimal validated) {}

  /**
   * A buyer's kept pounds per calendar quarter of the reporting period's start, in quarter order.
   */
  public List<QuarterValue> quarterValuesOfBuyer(String buyerOrganisationId) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT quarter, SUM(claimed_value), SUM(validated_value) FROM trk_buyer_quarter_value"
                      + " WHERE buyer_organisation_id = ? GROUP BY quarter ORDER BY quarter")) {
            select.setString(1, buyerOrganisationId);
            List<QuarterValue> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                result.add(
                    new QuarterValue(
                        rows.getString(1),
                        rows.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP),
                        rows.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP)));
              }
            }
            return result;
          }
        });
  }

  /**
   * A buyer's kept totals per KPI and period summed per KPI and calendar quarter (e.g. 2026-Q1):
   * reads every period, so only for the one-off computation of a buyer's pounds per quarter.
   */
  private static List<Sums> sumsByCommitmentAndQuarter(Connection c, String buyerOrganisationId)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT commitment_id, CAST(y AS VARCHAR(4)) || '-Q' || CAST(q AS VARCHAR(1)), SUM(claimed_quantity), SUM(validated_quantity) FROM"
                + " (SELECT commitment_id, CAST(EXTRACT(YEAR FROM period_start) AS INTEGER) AS y,"
                + " CAST(FLOOR((EXTRACT(MONTH FROM period_start) - 1) / 3) AS INTEGER) + 1 AS q, claimed_quantity, validated_quantity"
                + " FROM trk_progress WHERE buyer_organisation_id = ?) t GROUP BY commitment_id, y, q")) {
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
  }
}
