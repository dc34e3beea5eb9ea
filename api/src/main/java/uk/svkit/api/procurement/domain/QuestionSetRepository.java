package uk.svkit.api.procurement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

@ApplicationScoped
public class QuestionSetRepository extends Repository<QuestionSet> {
  public QuestionSetRepository() {
    super(QuestionSet.class, "Question set");
  }

  @Override
  protected boolean isVisible(QuestionSet set) {
    Caller caller = RequestContext.currentCaller();
    return Tenancy.canSee(set.ownerOrganisationId())
        || (caller != null
            && set.status() != QuestionSetStatus.DRAFT
            && set.sharedWith().contains(caller.organisationId()));
  }

  /** Reads a set the caller may not otherwise see, because it is bound to a tender it can see. */
  public QuestionSet boundTo(Tender tender) {
    return em.find(QuestionSet.class, tender.questionSetId());
  }

  public List<QuestionSet> list(
      QuestionSetStatus status, String afterTitle, String afterId, int fetch) {
    String scope = Tenancy.listScope();
    StringBuilder jpql = new StringBuilder("select q from QuestionSet q where ");
    // Sharing is tested with EXISTS, not MEMBER OF: EclipseLink turns MEMBER OF on an element
    // collection into an inner join, which dropped every set shared with nobody (so every draft).
    jpql.append(
        scope == null
            ? "1 = 1"
            : "(q.ownerOrganisationId = :scope or (q.status <> :draft and exists"
                + " (select s.id from QuestionSet s join s.sharedWith o where s.id = q.id and o = :scope)))");
    if (status != null) {
      jpql.append(" and q.status = :status");
    }
    if (afterTitle != null) {
      jpql.append(" and (q.title > :afterTitle or (q.title = :afterTitle and q.id > :afterId))");
    }
    jpql.append(" order by q.title, q.id");
    var query = em.createQuery(jpql.toString(), QuestionSet.class);
    if (scope != null) {
      query.setParameter("scope", scope).setParameter("draft", QuestionSetStatus.DRAFT);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (afterTitle != null) {
      query.setParameter("afterTitle", afterTitle).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  public int lastVersionNumber(String seriesId) {
    Integer last =
        em.createQuery(
                "select max(q.versionNumber) from QuestionSet q where q.seriesId = :series",
                Integer.class)
            .setParameter("series", seriesId)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  public boolean hasDraft(String seriesId) {
    return !em.createQuery(
            "select q.id from QuestionSet q where q.seriesId = :series and q.status = :draft",
            String.class)
        .setParameter("series", seriesId)
        .setParameter("draft", QuestionSetStatus.DRAFT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
