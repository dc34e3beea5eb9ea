package uk.svkit.api.tracking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Performance assessments: the buyer's; the supplier sees the published ones of its contracts (a
 * Contract Performance Notice is public once published).
 */
@ApplicationScoped
public class PerformanceAssessmentRepository extends Repository<PerformanceAssessment> {
  public PerformanceAssessmentRepository() {
    super(PerformanceAssessment.class, "Performance assessment");
  }

  @Override
  protected boolean isVisible(PerformanceAssessment a) {
    return Tenancy.canSee(a.ownerOrganisationId()) || supplierMaySee(a);
  }

  private boolean supplierMaySee(PerformanceAssessment a) {
    Caller caller = RequestContext.currentCaller();
    if (caller == null || a.draft()) {
      return false;
    }
    return em.createQuery(
                "select count(c) from Contract c where c.id = :id and c.supplierOrganisationId = :org",
                Long.class)
            .setParameter("id", a.contractId())
            .setParameter("org", caller.organisationId())
            .getSingleResult()
        > 0;
  }

  /** A contract's assessments by period end then id, after the given key. */
  public List<PerformanceAssessment> ofContract(
      String contractId, boolean publishedOnly, LocalDate afterEnd, String afterId, int fetch) {
    StringBuilder jpql =
        new StringBuilder("select a from PerformanceAssessment a where a.contractId = :contract");
    if (publishedOnly) {
      jpql.append(" and a.status <> :draft");
    }
    if (afterEnd != null) {
      jpql.append(
          " and (a.periodEnd > :afterEnd or (a.periodEnd = :afterEnd and a.id > :afterId))");
    }
    jpql.append(" order by a.periodEnd, a.id");
    var query =
        em.createQuery(jpql.toString(), PerformanceAssessment.class)
            .setParameter("contract", contractId);
    if (publishedOnly) {
      query.setParameter("draft", PerformanceAssessment.Status.DRAFT);
    }
    if (afterEnd != null) {
      query.setParameter("afterEnd", afterEnd).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /** Per contract of the buyer, the end of its last published assessment (none: absent). */
  public Map<String, LocalDate> lastPublishedEnd(String buyerOrganisationId) {
    Map<String, LocalDate> ends = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.contractId, max(a.periodEnd) from PerformanceAssessment a"
                    + " where a.ownerOrganisationId = :owner and a.status = :published"
                    + " group by a.contractId",
                Object[].class)
            .setParameter("owner", buyerOrganisationId)
            .setParameter("published", PerformanceAssessment.Status.PUBLISHED)
            .getResultList()) {
      ends.put((String) row[0], (LocalDate) row[1]);
    }
    return ends;
  }

  /** The buyer's contracts with a published termination assessment. */
  public List<String> withTerminationNotice(String buyerOrganisationId) {
    return em.createQuery(
            "select distinct a.contractId from PerformanceAssessment a"
                + " where a.ownerOrganisationId = :owner and a.status = :published and a.kind = :kind",
            String.class)
        .setParameter("owner", buyerOrganisationId)
        .setParameter("published", PerformanceAssessment.Status.PUBLISHED)
        .setParameter("kind", PerformanceAssessment.Kind.TERMINATION)
        .getResultList();
  }
}
