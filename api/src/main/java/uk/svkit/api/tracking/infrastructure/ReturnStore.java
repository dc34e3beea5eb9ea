package uk.svkit.api.tracking.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.audit.AuditTrail;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.ReturnStatus;

/**
 * Returns and the progress totals kept beside them, in plain JDBC on the server's transactional
 * data source (so in the caller's JTA transaction): a quarter's returns from a supplier system are
 * one batch insert, one batch of progress updates and one batch of audit events, not an ORM round
 * trip per row.
 */
@ApplicationScoped
public class ReturnStore {
  private static final Jsonb JSONB = DateTimes.JSONB;
  private static final Type EVIDENCE =
      new ArrayList<EvidenceRef>() {}.getClass().getGenericSuperclass();
  private static final String COLUMNS =
      "id, version, contract_id, commitment_id, buyer_organisation_id, period_start, period_end, quantity, narrative, evidence, status,"
          + " rejection_reason, supersedes_id, superseded_by_id, submitted_by, submitted_at, reviewed_by, reviewed_at";

  @Inject AuditTrail audit;

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  /** A commitment's reporting period, identified by its start. */
  public record Slot(String commitmentId, LocalDate periodStart) {}

  /**
   * An insert would have made a second live return for a commitment and period. The transaction it
   * ran in is spoiled (PostgreSQL refuses further statements in it) and must roll back.
   */
  public static class LiveReturnExists extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LiveReturnExists(SQLException cause) {
      super("a live return exists for the same commitment and period", cause);
    }
  }

  /** A change to the totals of one commitment and period. */
  public record Delta(
      String commitmentId,
      LocalDate periodStart,
      String contractId,
      String buyerOrganisationId,
      BigDecimal claimed,
      BigDecimal validated,
      int liveReturns) {}

  /**
   * Locks the commitments' rows until the transaction ends, so concurrent writers of the same
   * commitment's totals queue instead of losing an update.
   */
  public void lockCommitments(Collection<String> commitmentIds) {
    if (commitmentIds.isEmpty()) {
      return;
    }
    String marks = String.join(",", java.util.Collections.nCopies(commitmentIds.size(), "?"));
    try (Connection c = dataSource.getConnection();
        PreparedStatement lock =
            c.prepareStatement(
                "SELECT id FROM trk_commitment WHERE id IN (" + marks + ") FOR UPDATE")) {
      int i = 1;
      for (String id : commitmentIds) {
        lock.setString(i++, id);
      }
      try (ResultSet rows = lock.executeQuery()) {
        while (rows.next()) {
          // reading the rows takes the locks
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void insert(List<KpiReturn> returns, String buyerOrganisationId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO trk_return ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (KpiReturn r : returns) {
        insert.setString(1, r.id());
        insert.setLong(2, r.version());
        insert.setString(3, r.contractId());
        insert.setString(4, r.commitmentId());
        insert.setString(5, r.buyerOrganisationId());
        insert.setDate(6, Date.valueOf(r.periodStart()));
        insert.setDate(7, Date.valueOf(r.periodEnd()));
        insert.setBigDecimal(8, r.quantity());
        insert.setString(9, r.narrative());
        insert.setString(10, r.evidence().isEmpty() ? null : JSONB.toJson(r.evidence(), EVIDENCE));
        insert.setString(11, r.status().name());
        insert.setString(12, r.rejectionReason());
        insert.setString(13, r.supersedesId());
        insert.setString(14, r.supersededById());
        insert.setString(15, r.submittedBy());
        insert.setObject(16, r.submittedAt());
        insert.setString(17, r.reviewedBy());
        insert.setObject(18, r.reviewedAt());
        insert.addBatch();
      }
      insert.executeBatch();
      audit.recordAll(
          c,
          "return",
          buyerOrganisationId,
          AuditAction.CREATED,
          returns.stream().map(KpiReturn::id).toList(),
          List.of());
    } catch (SQLException e) {
      if (LiveReturnIndex.isViolatedBy(e)) {
        throw new LiveReturnExists(e);
      }
      throw new IllegalStateException(e);
    }
  }

  /**
   * The id of the live return of each of these commitment periods that has one. Runs outside the
   * caller's transaction, so it can answer after an insert failed on the unique index.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Map<Slot, String> liveReturnIds(Collection<Slot> slots) {
    Map<Slot, String> live = new LinkedHashMap<>();
    List<String> commitments = slots.stream().map(Slot::commitmentId).distinct().toList();
    if (commitments.isEmpty()) {
      return live;
    }
    String marks = String.join(",", java.util.Collections.nCopies(commitments.size(), "?"));
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT commitment_id, period_start, id FROM trk_return WHERE commitment_id IN ("
                    + marks
                    + ") AND status IN ('SUBMITTED', 'VALIDATED')")) {
      for (int i = 0; i < commitments.size(); i++) {
        select.setString(i + 1, commitments.get(i));
      }
      java.util.Set<Slot> wanted = new java.util.HashSet<>(slots);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Slot slot = new Slot(rows.getString(1), rows.getDate(2).toLocalDate());
          if (wanted.contains(slot)) {
            live.put(slot, rows.getString(3));
          }
        }
      }
      return live;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Moves a return to a new review status if it is still at {@code expectedVersion}; returns false
   * when another writer got there first.
   */
  public boolean review(
      KpiReturn r,
      long expectedVersion,
      ReturnStatus status,
      String reviewedBy,
      OffsetDateTime at,
      String reason,
      String supersededBy) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE trk_return SET status = ?, reviewed_by = COALESCE(?, reviewed_by), reviewed_at = COALESCE(?, reviewed_at),"
                    + " rejection_reason = COALESCE(?, rejection_reason), superseded_by_id = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")) {
      update.setString(1, status.name());
      update.setString(2, reviewedBy);
      update.setObject(3, at);
      update.setString(4, reason);
      update.setString(5, supersededBy);
      update.setString(6, r.id());
      update.setLong(7, expectedVersion);
      boolean done = update.executeUpdate() == 1;
      if (done) {
        List<String> fields = new ArrayList<>(List.of("status"));
        if (reason != null) {
          fields.add("rejectionReason");
        }
        if (supersededBy != null) {
          fields.add("supersededById");
        }
        audit.recordAll(
            c, "return", r.buyerOrganisationId(), AuditAction.UPDATED, List.of(r.id()), fields);
      }
      return done;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<KpiReturn> find(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT " + COLUMNS + " FROM trk_return WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A contract's returns by submission time, optionally of one commitment and status. */
  public List<KpiReturn> list(
      String contractId,
      String commitmentId,
      ReturnStatus status,
      OffsetDateTime afterTime,
      String afterId,
      int fetch) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM trk_return WHERE contract_id = ?");
    List<Object> params = new ArrayList<>(List.of(contractId));
    if (commitmentId != null) {
      sql.append(" AND commitment_id = ?");
      params.add(commitmentId);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      params.add(status.name());
    }
    if (afterTime != null) {
      sql.append(" AND (submitted_at > ? OR (submitted_at = ? AND id > ?))");
      params.add(afterTime);
      params.add(afterTime);
      params.add(afterId);
    }
    sql.append(" ORDER BY submitted_at, id");
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        select.setObject(i + 1, params.get(i));
      }
      select.setMaxRows(fetch);
      List<KpiReturn> result = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result.add(read(rows));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds the deltas to the kept totals: one batch of updates, then one batch of inserts for the
   * periods that had no row yet. Callers hold the commitments' locks.
   */
  public void applyToTotals(Collection<Delta> deltas) {
    Map<String, Delta> merged = new LinkedHashMap<>();
    for (Delta d : deltas) {
      merged.merge(
          d.commitmentId() + "|" + d.periodStart(),
          d,
          (a, b) ->
              new Delta(
                  a.commitmentId(),
                  a.periodStart(),
                  a.contractId(),
                  a.buyerOrganisationId(),
                  a.claimed().add(b.claimed()),
                  a.validated().add(b.validated()),
                  a.liveReturns() + b.liveReturns()));
    }
    List<Delta> all = new ArrayList<>(merged.values());
    try (Connection c = dataSource.getConnection()) {
      List<Delta> missing = new ArrayList<>();
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE trk_progress SET claimed_quantity = claimed_quantity + ?, validated_quantity = validated_quantity + ?, returns = returns + ?"
                  + " WHERE commitment_id = ? AND period_start = ?")) {
        for (Delta d : all) {
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
          for (Delta d : missing) {
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
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<PeriodTotals> totalsOfContract(String contractId) {
    return totals("contract_id = ?", contractId);
  }

  /** Claimed and validated quantity of one KPI, summed over its periods (or over one quarter). */
  public record Sums(
      String commitmentId, String quarter, BigDecimal claimed, BigDecimal validated) {}

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
    Map<String, List<Sums>> byBuyer = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT o.organisation_id, p.commitment_id, SUM(p.claimed_quantity), SUM(p.validated_quantity) FROM trk_benchmark_opt_in o"
                    + " LEFT JOIN trk_progress p ON p.buyer_organisation_id = o.organisation_id GROUP BY o.organisation_id, p.commitment_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        List<Sums> sums = byBuyer.computeIfAbsent(rows.getString(1), k -> new ArrayList<>());
        if (rows.getString(2) != null) {
          sums.add(new Sums(rows.getString(2), null, rows.getBigDecimal(3), rows.getBigDecimal(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return byBuyer;
  }

  private List<Sums> sums(String sql, String buyerOrganisationId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
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
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean optedIn(String organisationId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT 1 FROM trk_benchmark_opt_in WHERE organisation_id = ?")) {
      select.setString(1, organisationId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void setOptIn(String organisationId, boolean optIn, OffsetDateTime at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM trk_benchmark_opt_in WHERE organisation_id = ?")) {
      delete.setString(1, organisationId);
      delete.executeUpdate();
      if (optIn) {
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO trk_benchmark_opt_in (organisation_id, opted_in_at) VALUES (?, ?)")) {
          insert.setString(1, organisationId);
          insert.setObject(2, at);
          insert.executeUpdate();
        }
      }
      // Sharing figures with peers is a decision a council must be able to trace.
      audit.recordAll(
          c,
          "benchmark-opt-in",
          organisationId,
          optIn ? AuditAction.CREATED : AuditAction.DELETED,
          List.of(organisationId),
          List.of("optIn"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Records (or brings up to date) support delivered through a directory pledge as evidence of a
   * KPI.
   */
  public void recordPledgeEvidence(uk.svkit.api.tracking.domain.PledgeEvidence e) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM trk_pledge_evidence WHERE pledge_id = ?")) {
        delete.setString(1, e.pledgeId());
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO trk_pledge_evidence (pledge_id, commitment_id, contract_id, need_id, need_title, support_type, unit,"
                  + " vcfse_organisation_id, business_organisation_id, delivered_quantity, note, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, e.pledgeId());
        insert.setString(2, e.commitmentId());
        insert.setString(3, e.contractId());
        insert.setString(4, e.needId());
        insert.setString(5, e.needTitle());
        insert.setString(6, e.supportType());
        insert.setString(7, e.unit());
        insert.setString(8, e.vcfseOrganisationId());
        insert.setString(9, e.businessOrganisationId());
        insert.setBigDecimal(10, e.deliveredQuantity());
        insert.setString(11, e.note());
        insert.setObject(12, e.deliveredAt());
        insert.executeUpdate();
      }
      // Evidence counts towards the buyer's KPI, so the buyer's trail records it.
      try (PreparedStatement buyer =
          c.prepareStatement("SELECT owner_organisation_id FROM trk_contract WHERE id = ?")) {
        buyer.setString(1, e.contractId());
        try (ResultSet row = buyer.executeQuery()) {
          if (row.next()) {
            audit.recordAll(
                c,
                "pledge-evidence",
                row.getString(1),
                AuditAction.UPDATED,
                List.of(e.pledgeId()),
                List.of("deliveredQuantity", "note", "deliveredAt"));
          }
        }
      }
    } catch (SQLException ex) {
      throw new IllegalStateException(ex);
    }
  }

  public List<uk.svkit.api.tracking.domain.PledgeEvidence> pledgeEvidence(String contractId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT pledge_id, commitment_id, contract_id, need_id, need_title, support_type, unit, vcfse_organisation_id,"
                    + " business_organisation_id, delivered_quantity, note, delivered_at FROM trk_pledge_evidence WHERE contract_id = ?"
                    + " ORDER BY delivered_at, pledge_id")) {
      select.setString(1, contractId);
      List<uk.svkit.api.tracking.domain.PledgeEvidence> result = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result.add(
              new uk.svkit.api.tracking.domain.PledgeEvidence(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  rows.getBigDecimal(10),
                  rows.getString(11),
                  rows.getObject(12, OffsetDateTime.class)));
        }
      }
      return result;
    } catch (SQLException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private List<PeriodTotals> totals(String where, String value) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT commitment_id, period_start, claimed_quantity, validated_quantity, returns FROM trk_progress WHERE "
                    + where)) {
      select.setString(1, value);
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
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KpiReturn read(ResultSet rows) throws SQLException {
    String evidence = rows.getString("evidence");
    return new KpiReturn(
        rows.getString("id"),
        rows.getLong("version"),
        rows.getString("contract_id"),
        rows.getString("commitment_id"),
        rows.getString("buyer_organisation_id"),
        rows.getDate("period_start").toLocalDate(),
        rows.getDate("period_end").toLocalDate(),
        rows.getBigDecimal("quantity"),
        rows.getString("narrative"),
        evidence == null
            ? List.of()
            : List.copyOf(JSONB.<List<EvidenceRef>>fromJson(evidence, EVIDENCE)),
        ReturnStatus.valueOf(rows.getString("status")),
        rows.getString("rejection_reason"),
        rows.getString("supersedes_id"),
        rows.getString("superseded_by_id"),
        rows.getString("submitted_by"),
        rows.getObject("submitted_at", OffsetDateTime.class),
        rows.getString("reviewed_by"),
        rows.getObject("reviewed_at", OffsetDateTime.class));
  }
}
