package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.persistence.DatabaseProduct;
import uk.svkit.api.platform.persistence.JdbcRepository;
import uk.svkit.api.platform.persistence.UniqueViolations;

/**
 * The OCDS releases svkit has published, kept so that a release id always names the same content
 * and a record can compile every release of its ocid. Also finds the contracts whose release may
 * have changed since a time, for the publication feed.
 */
@ApplicationScoped
public class OcdsReleaseStore extends JdbcRepository {

  public OcdsReleaseStore() {}

  /** A store on a plain data source, for tests of its queries (no audit: they do not add). */
  OcdsReleaseStore(javax.sql.DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A contract of the buyer and when its release content last changed. */
  public record Changed(String contractId, OffsetDateTime changedAt) {}

  /**
   * The buyer's contracts after {@code afterId} (by id), with when each last changed: the contract
   * itself or its latest validated return. With {@code since}, only those changed at or after it.
   */
  public List<Changed> changed(
      String buyerOrganisationId, OffsetDateTime since, String afterId, int fetch) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT c.id, c.updated_at, (SELECT MAX(r.reviewed_at) FROM trk_return r"
                + " WHERE r.contract_id = c.id AND r.status = 'VALIDATED')"
                + " FROM trk_contract c WHERE c.owner_organisation_id = ?");
    List<Object> params = new ArrayList<>(List.of(buyerOrganisationId));
    if (afterId != null) {
      sql.append(" AND c.id > ?");
      params.add(afterId);
    }
    if (since != null) {
      sql.append(
          " AND (c.updated_at >= ? OR EXISTS (SELECT 1 FROM trk_return r WHERE r.contract_id = c.id"
              + " AND r.status = 'VALIDATED' AND r.reviewed_at >= ?))");
      params.add(since);
      params.add(since);
    }
    sql.append(" ORDER BY c.id");
    return withConnection(
        c -> {
          try (PreparedStatement select = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
              select.setObject(i + 1, params.get(i));
            }
            select.setMaxRows(fetch);
            List<Changed> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                OffsetDateTime updated = rows.getObject(2, OffsetDateTime.class);
                OffsetDateTime reviewed = rows.getObject(3, OffsetDateTime.class);
                result.add(
                    new Changed(
                        rows.getString(1),
                        reviewed != null && reviewed.isAfter(updated) ? reviewed : updated));
              }
            }
            return result;
          }
        });
  }

  /** The release stored under this id, as published. */
  public Optional<String> find(String releaseId) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT body FROM trk_ocds_release WHERE id = ?")) {
            select.setString(1, releaseId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Keeps a newly published release, audited as a release of the buyer's contract. Two first
   * publications of the same content can race (two readers of the feed, or of the contract's
   * export): the id names the content, so the loser's row would be identical and is simply not
   * added, rather than failing the read with a key violation.
   */
  public void add(
      String releaseId,
      String ocid,
      String contractId,
      String buyerOrganisationId,
      OffsetDateTime releaseDate,
      String body) {
    boolean added =
        withConnection(
            c -> {
              // PostgreSQL aborts the transaction on a failed statement, so it must not fail there;
              // H2 fails only the statement, and its race is caught below.
              boolean postgres = DatabaseProduct.isPostgres(c);
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO trk_ocds_release (id, ocid, contract_id, owner_organisation_id,"
                          + " release_date, body) VALUES (?, ?, ?, ?, ?, ?)"
                          + (postgres ? " ON CONFLICT (id) DO NOTHING" : ""))) {
                insert.setString(1, releaseId);
                insert.setString(2, ocid);
                insert.setString(3, contractId);
                insert.setString(4, buyerOrganisationId);
                insert.setObject(5, releaseDate);
                insert.setString(6, body);
                return insert.executeUpdate() == 1;
              } catch (SQLException e) {
                if (!postgres && UniqueViolations.isAny(e)) {
                  return false;
                }
                throw e;
              }
            });
    if (added) {
      // Audited against the contract: a release id (ocid + hash) is longer than an audit entity id.
      audit.record(
          "contract-ocds-release", contractId, buyerOrganisationId, AuditAction.CREATED, List.of());
    }
  }

  /** Every release published for the buyer's ocid, oldest first. */
  public List<String> releasesOf(String ocid, String buyerOrganisationId) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT body FROM trk_ocds_release WHERE ocid = ? AND owner_organisation_id = ?"
                      + " ORDER BY release_date, id")) {
            select.setString(1, ocid);
            select.setString(2, buyerOrganisationId);
            List<String> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                result.add(rows.getString(1));
              }
            }
            return result;
          }
        });
  }

  /**
   * The buyer's contract an ocid names: one that carries the ocid, or one whose generated ocid it
   * is ({@code prefix-contractId}).
   */
  public Optional<String> contractIdOf(String buyerOrganisationId, String ocid, String prefix) {
    String generated = ocid.startsWith(prefix + "-") ? ocid.substring(prefix.length() + 1) : null;
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT id FROM trk_contract WHERE owner_organisation_id = ?"
                      + " AND (ocid = ? OR (ocid IS NULL AND id = ?))")) {
            select.setString(1, buyerOrganisationId);
            select.setString(2, ocid);
            select.setString(3, generated);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
          }
        });
  }
}
