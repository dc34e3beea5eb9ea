package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.platform.persistence.DatabaseProduct;
import uk.svkit.api.platform.persistence.JdbcRepository;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.tracking.domain.ConfirmedDelivery;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.ReturnStatus;

/**
 * Returns, in plain JDBC: a quarter's returns from a supplier system are one batch insert and one
 * batch of audit events, not an ORM round trip per row. A return is reached only through its
 * contract, which the caller has read through the contract repository's tenancy rule, so a return
 * is visible exactly when its contract is.
 */
@ApplicationScoped
public class ReturnRepository extends JdbcRepository {
  static final String ENTITY_TYPE = "return";
  private static final Jsonb JSONB = DateTimes.JSONB;
  private static final Type EVIDENCE =
      new ArrayList<EvidenceRef>() {}.getClass().getGenericSuperclass();
  private static final String COLUMNS =
      "id, version, contract_id, commitment_id, buyer_organisation_id, period_start, period_end, quantity, narrative, evidence, status,"
          + " rejection_reason, supersedes_id, superseded_by_id, submitted_by, submitted_at, reviewed_by, reviewed_at, delivery_id,"
          + " delivery_confirmation";

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

  /**
   * Locks the commitments' rows until the transaction ends, so concurrent writers of the same
   * commitment's returns and totals queue instead of losing an update. On PostgreSQL the lock is
   * {@code FOR NO KEY UPDATE}: writers still queue on it, but a return inserted for the commitment
   * elsewhere (whose foreign key takes a key-share lock on the row) neither waits for it nor blocks
   * it, so a bulk submission that inserts before it locks cannot deadlock with one that holds it.
   */
  public void lockCommitments(Collection<String> commitmentIds) {
    if (commitmentIds.isEmpty()) {
      return;
    }
    withConnection(
        c -> {
          try (PreparedStatement lock =
              c.prepareStatement(
                  "SELECT id FROM trk_commitment WHERE id IN ("
                      + marks(commitmentIds.size())
                      + (DatabaseProduct.isPostgres(c) ? ") FOR NO KEY UPDATE" : ") FOR UPDATE"))) {
            int i = 1;
            for (String id : commitmentIds) {
              lock.setString(i++, id);
            }
            try (ResultSet rows = lock.executeQuery()) {
              while (rows.next()) {
                // reading the rows takes the locks
              }
            }
          }
          return null;
        });
  }

  /** Stores new returns of one buyer's contracts, in one batch, with their audit events. */
  public void addAll(List<KpiReturn> returns, String buyerOrganisationId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO trk_return ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (KpiReturn r : returns) {
        insert.setString(1, r.id());
        insert.setLong(2, r.version());
        insert.setString(3, r.contractId());
        insert.setString(4, r.commitmentId());
        insert.setString(5, r.buyerOrganisationId());
        insert.setObject(6, r.periodStart());
        insert.setObject(7, r.periodEnd());
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
        ConfirmedDelivery delivery = r.confirmedDelivery();
        insert.setString(19, delivery == null ? null : delivery.deliveryId());
        insert.setString(20, delivery == null ? null : JSONB.toJson(delivery));
        insert.addBatch();
      }
      insert.executeBatch();
      audit.recordAll(
          c,
          ENTITY_TYPE,
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
   * Writes the review state a return's life-cycle step left it in, if it is still at the version it
   * was read at; 412 when another writer got there first.
   */
  public void store(KpiReturn r) {
    Set<String> fields = r.drainChangedFields();
    boolean stored =
        withConnection(
            c -> {
              try (PreparedStatement update =
                  c.prepareStatement(
                      "UPDATE trk_return SET status = ?, reviewed_by = ?, reviewed_at = ?, rejection_reason = ?, superseded_by_id = ?,"
                          + " version = version + 1 WHERE id = ? AND version = ?")) {
                update.setString(1, r.status().name());
                update.setString(2, r.reviewedBy());
                update.setObject(3, r.reviewedAt());
                update.setString(4, r.rejectionReason());
                update.setString(5, r.supersededById());
                update.setString(6, r.id());
                update.setLong(7, r.version());
                if (update.executeUpdate() != 1) {
                  return false;
                }
                audit.recordAll(
                    c,
                    ENTITY_TYPE,
                    r.buyerOrganisationId(),
                    AuditAction.UPDATED,
                    List.of(r.id()),
                    fields);
                return true;
              }
            });
    if (!stored) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "The return has changed since you read it; read it again and retry with its new ETag.");
    }
  }

  /** A return of this (visible) contract; 404 if it has none of that id. */
  public KpiReturn find(Contract contract, String id) {
    return load(id)
        .filter(r -> r.contractId().equals(contract.id()))
        .orElseThrow(() -> ProblemException.notFound("Return", id));
  }

  private Optional<KpiReturn> load(String id) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT " + COLUMNS + " FROM trk_return WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
          }
        });
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
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT commitment_id, period_start, id FROM trk_return WHERE commitment_id IN ("
                      + marks(commitments.size())
                      + ") AND status IN ('SUBMITTED', 'VALIDATED') AND delivery_id IS NULL")) {
            for (int i = 0; i < commitments.size(); i++) {
              select.setString(i + 1, commitments.get(i));
            }
            Set<Slot> wanted = new HashSet<>(slots);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                Slot slot = new Slot(rows.getString(1), rows.getObject(2, LocalDate.class));
                if (wanted.contains(slot)) {
                  live.put(slot, rows.getString(3));
                }
              }
            }
            return live;
          }
        });
  }

  /** A (visible) contract's returns by submission time, optionally of one commitment and status. */
  public List<KpiReturn> list(
      Contract contract,
      String commitmentId,
      ReturnStatus status,
      OffsetDateTime afterTime,
      String afterId,
      int fetch) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM trk_return WHERE contract_id = ?");
    List<Object> params = new ArrayList<>(List.of(contract.id()));
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
    return withConnection(
        c -> {
          try (PreparedStatement select = c.prepareStatement(sql.toString())) {
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
          }
        });
  }

  /**
   * The return that counts a confirmed delivery now (the one not superseded), if the delivery has
   * counted towards a KPI.
   */
  public Optional<KpiReturn> currentOfDelivery(String deliveryId) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM trk_return WHERE delivery_id = ? AND status <> 'SUPERSEDED'")) {
            select.setString(1, deliveryId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
          }
        });
  }

  private static KpiReturn read(ResultSet rows) throws SQLException {
    String evidence = rows.getString("evidence");
    String delivery = rows.getString("delivery_confirmation");
    return new KpiReturn(
        rows.getString("id"),
        rows.getLong("version"),
        rows.getString("contract_id"),
        rows.getString("commitment_id"),
        rows.getString("buyer_organisation_id"),
        rows.getObject("period_start", LocalDate.class),
        rows.getObject("period_end", LocalDate.class),
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
        rows.getObject("reviewed_at", OffsetDateTime.class),
        delivery == null ? null : JSONB.fromJson(delivery, ConfirmedDelivery.class));
  }
}
