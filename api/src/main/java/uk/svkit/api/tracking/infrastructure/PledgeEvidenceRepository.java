package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.persistence.JdbcRepository;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.PledgeEvidence;

/**
 * Support delivered through directory pledges, kept as evidence of a contract's KPIs. Read through
 * the (visible) contract it counts towards.
 */
@ApplicationScoped
public class PledgeEvidenceRepository extends JdbcRepository {

  /** Records (or brings up to date) the evidence of one pledge. */
  public void record(PledgeEvidence e) {
    withConnection(
        c -> {
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
          return null;
        });
  }

  public List<PledgeEvidence> ofContract(Contract contract) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT pledge_id, commitment_id, contract_id, need_id, need_title, support_type, unit, vcfse_organisation_id,"
                      + " business_organisation_id, delivered_quantity, note, delivered_at FROM trk_pledge_evidence WHERE contract_id = ?"
                      + " ORDER BY delivered_at, pledge_id")) {
            select.setString(1, contract.id());
            List<PledgeEvidence> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                result.add(
                    new PledgeEvidence(
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
          }
        });
  }
}
