package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.svkit.api.platform.persistence.DatabaseProduct;
import uk.svkit.api.platform.persistence.JdbcRepository;
import uk.svkit.api.tracking.domain.RatingDates;

/**
 * The dashboards' kept figures (V37): per contract its validated value and rating dates, and its
 * parts of its buyer's groups (currency, theme, place); per buyer the groups' sums. Only the upkeep
 * ({@code KeptDashboardFigures}) writes them, holding the buyer's row lock ({@link #lockBuyer}), so
 * sums are adjusted without racing. On PostgreSQL, triggers (V38) mark the contracts changed since
 * (the marks); H2 has no marks, so there the upkeep recomputes every contract on each read.
 * Buyer-wide: callers pass the buyer the caller acts for, or the opted-in buyers of a benchmark.
 */
@ApplicationScoped
public class DashboardFigureRows extends JdbcRepository {

  /** A contract's own group: its currency. Counts contracts, their value and benchmark counts. */
  public static final String CURRENCY = "C";

  public static final String THEME = "T";
  public static final String PLACE = "P";

  /** Contracts recomputed or replaced per statement. */
  private static final int IDS_PER_STATEMENT = 500;

  private static final String FIGURE_COLUMNS =
      "contracts, kpis, vcfse_kpis, delivered_shares, delivered_share_sum, contract_value,"
          + " committed_value, claimed_value, validated_value";

  /** A group of a buyer's figures: a dimension, its key (theme, place or currency), a currency. */
  public record GroupKey(String dimension, String key, String currency)
      implements Comparable<GroupKey> {
    private static final Comparator<GroupKey> ORDER =
        Comparator.comparing(GroupKey::dimension)
            .thenComparing(GroupKey::key)
            .thenComparing(GroupKey::currency);

    @Override
    public int compareTo(GroupKey o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * Summable figures: contracts (currency groups only), KPIs, KPIs with a VCFSE partner, KPIs with
   * a target and the sum of their delivered shares, contract value, and committed, claimed and
   * validated money.
   */
  public record Figures(
      int contracts,
      int kpis,
      int vcfseKpis,
      int deliveredShares,
      BigDecimal deliveredShareSum,
      BigDecimal contractValue,
      BigDecimal committedValue,
      BigDecimal claimedValue,
      BigDecimal validatedValue) {
    public static final Figures NONE =
        new Figures(
            0,
            0,
            0,
            0,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO);

    public Figures plus(Figures o) {
      return new Figures(
          contracts + o.contracts,
          kpis + o.kpis,
          vcfseKpis + o.vcfseKpis,
          deliveredShares + o.deliveredShares,
          deliveredShareSum.add(o.deliveredShareSum),
          contractValue.add(o.contractValue),
          committedValue.add(o.committedValue),
          claimedValue.add(o.claimedValue),
          validatedValue.add(o.validatedValue));
    }

    Figures negated() {
      return new Figures(
          -contracts,
          -kpis,
          -vcfseKpis,
          -deliveredShares,
          deliveredShareSum.negate(),
          contractValue.negate(),
          committedValue.negate(),
          claimedValue.negate(),
          validatedValue.negate());
    }

    boolean isZero() {
      return contracts == 0
          && kpis == 0
          && vcfseKpis == 0
          && deliveredShares == 0
          && deliveredShareSum.signum() == 0
          && contractValue.signum() == 0
          && committedValue.signum() == 0
          && claimedValue.signum() == 0
          && validatedValue.signum() == 0;
    }
  }

  /** A contract as the dashboard lists it: validated value and the dates of its ratings. */
  public record KeptContract(
      String contractId,
      String title,
      String currency,
      BigDecimal validatedValue,
      RatingDates ratingDates) {}

  /** Everything kept for one contract. */
  public record ContractFigures(KeptContract contract, Map<GroupKey, Figures> parts) {}

  private volatile Boolean marksChanges;

  /** Whether changes are marked (PostgreSQL); without marks every read recomputes everything. */
  public boolean marksChanges() {
    Boolean known = marksChanges;
    if (known == null) {
      known = withConnection(DatabaseProduct::isPostgres);
      marksChanges = known;
    }
    return known;
  }

  /**
   * Whether the buyer's kept figures are complete and current: kept with these rating thresholds
   * ({@code basis}) and no contract of theirs marked since. Without a lock: a read that sees no
   * mark sees every change committed before it began.
   */
  public boolean upToDate(String buyer, String basis) {
    return withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT b.basis, EXISTS (SELECT 1 FROM trk_dashboard_dirty d"
                      + " WHERE d.buyer_organisation_id = b.buyer_organisation_id)"
                      + " FROM trk_dashboard_buyer b WHERE b.buyer_organisation_id = ?")) {
            s.setString(1, buyer);
            try (ResultSet rows = s.executeQuery()) {
              return rows.next() && basis.equals(rows.getString(1)) && !rows.getBoolean(2);
            }
          }
        });
  }

  /**
   * Takes the buyer's row lock for the rest of the transaction (creating the row) and returns the
   * basis the buyer's figures were kept with, null when never kept.
   */
  public String lockBuyer(String buyer) {
    return withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  DatabaseProduct.isPostgres(c)
                      ? "INSERT INTO trk_dashboard_buyer (buyer_organisation_id) VALUES (?)"
                          + " ON CONFLICT (buyer_organisation_id) DO NOTHING"
                      : "MERGE INTO trk_dashboard_buyer (buyer_organisation_id)"
                          + " KEY (buyer_organisation_id) VALUES (?)")) {
            s.setString(1, buyer);
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT basis FROM trk_dashboard_buyer WHERE buyer_organisation_id = ? FOR UPDATE")) {
            s.setString(1, buyer);
            try (ResultSet rows = s.executeQuery()) {
              rows.next();
              return rows.getString(1);
            }
          }
        });
  }

  public void setBasis(String buyer, String basis) {
    update(
        "UPDATE trk_dashboard_buyer SET basis = ? WHERE buyer_organisation_id = ?", basis, buyer);
  }

  /** The buyer's marked contracts. */
  public List<String> marked(String buyer) {
    return ids(
        "SELECT contract_id FROM trk_dashboard_dirty WHERE buyer_organisation_id = ?"
            + " ORDER BY contract_id",
        buyer);
  }

  /**
   * Locks the buyer's marked contracts that no transaction is changing at this moment: those whose
   * marks may be removed once recomputed. A contract being changed is skipped: its change is not
   * visible yet, so its mark must stay.
   */
  public List<String> lockMarked(String buyer) {
    return ids(
        "SELECT contract_id FROM trk_dashboard_dirty WHERE buyer_organisation_id = ?"
            + " ORDER BY contract_id FOR UPDATE SKIP LOCKED",
        buyer);
  }

  /** Removes marks (locked by {@link #lockMarked} in this transaction). */
  public void unmark(List<String> contractIds) {
    forChunks(
        contractIds,
        (c, chunk) -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM trk_dashboard_dirty WHERE contract_id IN ("
                      + marks(chunk.size())
                      + ")")) {
            bind(s, 1, chunk);
            s.executeUpdate();
          }
        });
  }

  /** Every contract the buyer has, and every one kept for them. */
  public List<String> contractsOf(String buyer) {
    Set<String> ids =
        new LinkedHashSet<>(
            ids("SELECT id FROM trk_contract WHERE owner_organisation_id = ? ORDER BY id", buyer));
    ids.addAll(
        ids(
            "SELECT contract_id FROM trk_dashboard_contract WHERE buyer_organisation_id = ?",
            buyer));
    return new ArrayList<>(ids);
  }

  /**
   * Replaces what is kept for these contracts of the buyer by {@code computed} (a contract that is
   * not in it keeps nothing) and adjusts the buyer's groups by the difference. Callers hold the
   * buyer's lock.
   */
  public void replace(String buyer, List<String> contractIds, List<ContractFigures> computed) {
    Map<GroupKey, Figures> change = new TreeMap<>();
    withConnection(
        c -> {
          for (var old : parts(c, contractIds).entrySet()) {
            change.merge(old.getKey(), old.getValue().negated(), Figures::plus);
          }
          for (ContractFigures figures : computed) {
            figures.parts().forEach((key, value) -> change.merge(key, value, Figures::plus));
          }
          for (String table : List.of("trk_dashboard_part", "trk_dashboard_contract")) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "DELETE FROM "
                        + table
                        + " WHERE contract_id IN ("
                        + marks(contractIds.size())
                        + ")")) {
              bind(s, 1, contractIds);
              s.executeUpdate();
            }
          }
          insert(c, buyer, computed);
          adjustGroups(c, buyer, change);
          return null;
        });
  }

  /** The buyer's groups (each dimension's rows, in key order). */
  public Map<GroupKey, Figures> groups(String buyer) {
    return groupsOf(List.of(buyer)).getOrDefault(buyer, Map.of());
  }

  /** The groups of several buyers, by buyer. */
  public Map<String, Map<GroupKey, Figures>> groupsOf(Collection<String> buyers) {
    if (buyers.isEmpty()) {
      return Map.of();
    }
    List<String> list = List.copyOf(buyers);
    return withConnection(
        c -> {
          Map<String, Map<GroupKey, Figures>> result = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT buyer_organisation_id, dimension, group_key, currency, "
                      + FIGURE_COLUMNS
                      + " FROM trk_dashboard_group WHERE buyer_organisation_id IN ("
                      + marks(list.size())
                      + ")")) {
            bind(s, 1, list);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                result
                    .computeIfAbsent(rows.getString(1), b -> new TreeMap<>())
                    .put(
                        new GroupKey(rows.getString(2), rows.getString(3), rows.getString(4)),
                        figures(rows, 5));
              }
            }
          }
          return result;
        });
  }

  /** The buyer's contracts by validated value, highest first (then title and id). */
  public List<KeptContract> topByValidatedValue(String buyer, int limit) {
    return contracts(
        " WHERE buyer_organisation_id = ? ORDER BY validated_value DESC, title, contract_id",
        limit,
        buyer);
  }

  /** The buyer's contracts rated Inadequate on {@code day}, by title (then id). */
  public List<KeptContract> inadequateOn(String buyer, LocalDate day, int limit) {
    return contracts(
        " WHERE buyer_organisation_id = ? AND inadequate_from <= ? ORDER BY title, contract_id",
        limit,
        buyer,
        day);
  }

  /** The buyer's contracts rated Requires improvement on {@code day}, by title (then id). */
  public List<KeptContract> requiringImprovementOn(String buyer, LocalDate day, int limit) {
    return contracts(
        " WHERE buyer_organisation_id = ? AND requires_improvement_from <= ?"
            + " AND (inadequate_from IS NULL OR inadequate_from > ?) ORDER BY title, contract_id",
        limit,
        buyer,
        day,
        day);
  }

  private List<KeptContract> contracts(String where, int limit, Object... parameters) {
    return withConnection(
        c -> {
          List<KeptContract> result = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT contract_id, title, currency, validated_value, rated_from,"
                      + " approaching_from, requires_improvement_from, inadequate_from"
                      + " FROM trk_dashboard_contract"
                      + where
                      + " FETCH FIRST "
                      + limit
                      + " ROWS ONLY")) {
            for (int i = 0; i < parameters.length; i++) {
              s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                result.add(
                    new KeptContract(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getBigDecimal(4),
                        new RatingDates(
                            rows.getObject(5, LocalDate.class),
                            rows.getObject(6, LocalDate.class),
                            rows.getObject(7, LocalDate.class),
                            rows.getObject(8, LocalDate.class))));
              }
            }
          }
          return result;
        });
  }

  private static Map<GroupKey, Figures> parts(Connection c, List<String> contractIds)
      throws SQLException {
    Map<GroupKey, Figures> result = new HashMap<>();
    if (contractIds.isEmpty()) {
      return result;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT dimension, group_key, currency, "
                + FIGURE_COLUMNS
                + " FROM trk_dashboard_part WHERE contract_id IN ("
                + marks(contractIds.size())
                + ")")) {
      bind(s, 1, contractIds);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          result.merge(
              new GroupKey(rows.getString(1), rows.getString(2), rows.getString(3)),
              figures(rows, 4),
              Figures::plus);
        }
      }
    }
    return result;
  }

  private static void insert(Connection c, String buyer, List<ContractFigures> computed)
      throws SQLException {
    if (computed.isEmpty()) {
      return;
    }
    try (PreparedStatement contracts =
            c.prepareStatement(
                "INSERT INTO trk_dashboard_contract (contract_id, buyer_organisation_id, title,"
                    + " currency, validated_value, rated_from, approaching_from,"
                    + " requires_improvement_from, inadequate_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement parts =
            c.prepareStatement(
                "INSERT INTO trk_dashboard_part (contract_id, dimension, group_key, currency, "
                    + FIGURE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ContractFigures figures : computed) {
        KeptContract k = figures.contract();
        RatingDates dates = k.ratingDates();
        contracts.setString(1, k.contractId());
        contracts.setString(2, buyer);
        contracts.setString(3, k.title());
        contracts.setString(4, k.currency());
        contracts.setBigDecimal(5, k.validatedValue());
        setDay(contracts, 6, dates.ratedFrom());
        setDay(contracts, 7, dates.approachingFrom());
        setDay(contracts, 8, dates.requiresImprovementFrom());
        setDay(contracts, 9, dates.inadequateFrom());
        contracts.addBatch();
        for (var part : figures.parts().entrySet()) {
          parts.setString(1, k.contractId());
          parts.setString(2, part.getKey().dimension());
          parts.setString(3, part.getKey().key());
          parts.setString(4, part.getKey().currency());
          bindFigures(parts, 5, part.getValue());
          parts.addBatch();
        }
      }
      contracts.executeBatch();
      parts.executeBatch();
    }
  }

  /** Adds each change to its group (in key order), then drops groups left with nothing. */
  private static void adjustGroups(Connection c, String buyer, Map<GroupKey, Figures> change)
      throws SQLException {
    List<Map.Entry<GroupKey, Figures>> changed =
        change.entrySet().stream().filter(e -> !e.getValue().isZero()).toList();
    if (changed.isEmpty()) {
      return;
    }
    List<Map.Entry<GroupKey, Figures>> missing = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE trk_dashboard_group SET contracts = contracts + ?, kpis = kpis + ?,"
                + " vcfse_kpis = vcfse_kpis + ?, delivered_shares = delivered_shares + ?,"
                + " delivered_share_sum = delivered_share_sum + ?, contract_value = contract_value + ?,"
                + " committed_value = committed_value + ?, claimed_value = claimed_value + ?,"
                + " validated_value = validated_value + ? WHERE buyer_organisation_id = ?"
                + " AND dimension = ? AND group_key = ? AND currency = ?")) {
      for (var e : changed) {
        bindFigures(s, 1, e.getValue());
        s.setString(10, buyer);
        s.setString(11, e.getKey().dimension());
        s.setString(12, e.getKey().key());
        s.setString(13, e.getKey().currency());
        s.addBatch();
      }
      int[] counts = s.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          missing.add(changed.get(i));
        }
      }
    }
    if (!missing.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO trk_dashboard_group (buyer_organisation_id, dimension, group_key, currency, "
                  + FIGURE_COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (var e : missing) {
          s.setString(1, buyer);
          s.setString(2, e.getKey().dimension());
          s.setString(3, e.getKey().key());
          s.setString(4, e.getKey().currency());
          bindFigures(s, 5, e.getValue());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM trk_dashboard_group WHERE buyer_organisation_id = ? AND contracts = 0"
                + " AND kpis = 0")) {
      s.setString(1, buyer);
      s.executeUpdate();
    }
  }

  private static void bindFigures(PreparedStatement s, int first, Figures f) throws SQLException {
    s.setInt(first, f.contracts());
    s.setInt(first + 1, f.kpis());
    s.setInt(first + 2, f.vcfseKpis());
    s.setInt(first + 3, f.deliveredShares());
    s.setBigDecimal(first + 4, f.deliveredShareSum());
    s.setBigDecimal(first + 5, f.contractValue());
    s.setBigDecimal(first + 6, f.committedValue());
    s.setBigDecimal(first + 7, f.claimedValue());
    s.setBigDecimal(first + 8, f.validatedValue());
  }

  private static Figures figures(ResultSet rows, int first) throws SQLException {
    return new Figures(
        rows.getInt(first),
        rows.getInt(first + 1),
        rows.getInt(first + 2),
        rows.getInt(first + 3),
        rows.getBigDecimal(first + 4),
        rows.getBigDecimal(first + 5),
        rows.getBigDecimal(first + 6),
        rows.getBigDecimal(first + 7),
        rows.getBigDecimal(first + 8));
  }

  private List<String> ids(String sql, String buyer) {
    return withConnection(
        c -> {
          List<String> result = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, buyer);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                result.add(rows.getString(1));
              }
            }
          }
          return result;
        });
  }

  private void update(String sql, String... values) {
    withConnection(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, 1, List.of(values));
            return s.executeUpdate();
          }
        });
  }

  @FunctionalInterface
  private interface ChunkWork {
    void run(Connection c, List<String> chunk) throws SQLException;
  }

  private void forChunks(List<String> ids, ChunkWork work) {
    if (ids.isEmpty()) {
      return;
    }
    withConnection(
        c -> {
          for (int first = 0; first < ids.size(); first += IDS_PER_STATEMENT) {
            work.run(c, ids.subList(first, Math.min(ids.size(), first + IDS_PER_STATEMENT)));
          }
          return null;
        });
  }

  /** How many contracts a caller should recompute and {@link #replace} at a time. */
  public static int contractsPerReplace() {
    return IDS_PER_STATEMENT;
  }

  /** Dates go as {@code LocalDate}: pgjdbc converts a {@code java.sql.Date} through a Calendar. */
  private static void setDay(PreparedStatement s, int column, LocalDate day) throws SQLException {
    if (day == null) {
      s.setNull(column, Types.DATE);
    } else {
      s.setObject(column, day);
    }
  }
}
