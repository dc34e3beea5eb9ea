package uk.svkit.api.anchor.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;

/**
 * Indicator returns: the signatory's, readable also by the programme's administering organisation
 * that validates them.
 */
@ApplicationScoped
public class IndicatorReturnRepository extends Repository<IndicatorReturn> {
  public IndicatorReturnRepository() {
    super(IndicatorReturn.class, "Indicator return");
  }

  @Override
  protected boolean isVisible(IndicatorReturn r) {
    return AnchorAccess.reads(r.organisationId(), r.administeringOrganisationId());
  }

  /** A declaration's returns (history included) by period and id, after a keyset position. */
  public List<IndicatorReturn> of(
      String declarationId, LocalDate afterPeriod, String afterId, int fetch) {
    String after =
        afterPeriod == null
            ? ""
            : " and (r.periodStart > :afterPeriod or (r.periodStart = :afterPeriod and r.id > :afterId))";
    var query =
        em.createQuery(
                "select r from IndicatorReturn r where r.declarationId = :declaration"
                    + after
                    + " order by r.periodStart, r.id",
                IndicatorReturn.class)
            .setParameter("declaration", declarationId);
    if (afterPeriod != null) {
      query.setParameter("afterPeriod", afterPeriod).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /** The declaration's live return for a period, if it has one. */
  public Optional<IndicatorReturn> liveFor(String declarationId, LocalDate periodStart) {
    return em.createQuery(
            "select r from IndicatorReturn r where r.declarationId = :declaration"
                + " and r.livePeriodStart = :period",
            IndicatorReturn.class)
        .setParameter("declaration", declarationId)
        .setParameter("period", periodStart)
        .getResultStream()
        .findFirst();
  }
}
