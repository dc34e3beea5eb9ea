package uk.svkit.api.anchor.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A read the anchor context owns over tracking's kept totals: a buyer's contract KPIs summed by
 * framework measure (how many KPIs, claimed and validated quantity), for the pillar dashboard. It
 * reads tracking's kept per-KPI totals (trk_commitment_totals, one row a KPI, kept in the
 * transaction of every return write), never its returns nor its per-period rows (trk_progress has a
 * row per KPI and period, so as many as returns: summing those made the dashboard grow with
 * returns), and changes nothing; tracking's model stays tracking's.
 */
@ApplicationScoped
public class ContractKpisByMeasure {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  /** A buyer's KPIs on one measure, summed over its contracts. */
  public record MeasureFigures(
      String measureCode, int kpis, BigDecimal claimedQuantity, BigDecimal validatedQuantity) {}

  public List<MeasureFigures> ofBuyer(String buyerOrganisationId) {
    List<MeasureFigures> figures = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT c.measure_code, COUNT(c.id), COALESCE(SUM(t.claimed_quantity), 0),"
                    + " COALESCE(SUM(t.validated_quantity), 0)"
                    + " FROM trk_commitment c JOIN trk_contract k ON k.id = c.contract_id"
                    + " LEFT JOIN trk_commitment_totals t ON t.commitment_id = c.id"
                    + " WHERE k.owner_organisation_id = ? GROUP BY c.measure_code"
                    + " ORDER BY c.measure_code")
            .setParameter(1, buyerOrganisationId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      figures.add(
          new MeasureFigures(
              (String) row[0], ((Number) row[1]).intValue(), decimal(row[2]), decimal(row[3])));
    }
    return figures;
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }
}
