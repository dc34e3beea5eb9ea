package uk.svkit.api.anchor.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;

/** Self-assessments: the assessing organisation's (and platform admins') only. */
@ApplicationScoped
public class SelfAssessmentRepository extends Repository<SelfAssessment> {
  public SelfAssessmentRepository() {
    super(SelfAssessment.class, "Self-assessment");
  }

  public Optional<SelfAssessment> latestOf(String organisationId, String modelId) {
    return em.createQuery(
            "select a from SelfAssessment a where a.ownerOrganisationId = :org"
                + " and a.modelId = :model and a.latest = true",
            SelfAssessment.class)
        .setParameter("org", organisationId)
        .setParameter("model", modelId)
        .getResultStream()
        .findFirst();
  }

  /** An organisation's assessments of a model, oldest first, after a keyset position. */
  public List<SelfAssessment> of(
      String organisationId, String modelId, LocalDate afterOn, String afterId, int fetch) {
    String after =
        afterOn == null
            ? ""
            : " and (a.assessedOn > :afterOn or (a.assessedOn = :afterOn and a.id > :afterId))";
    var query =
        em.createQuery(
                "select a from SelfAssessment a where a.ownerOrganisationId = :org"
                    + " and a.modelId = :model"
                    + after
                    + " order by a.assessedOn, a.id",
                SelfAssessment.class)
            .setParameter("org", organisationId)
            .setParameter("model", modelId);
    if (afterOn != null) {
      query.setParameter("afterOn", afterOn).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /**
   * The stage and overall scores of other organisations' latest assessments of a model in a place:
   * anonymous figures only (no ids), one row per organisation, never the caller's.
   */
  public List<BigDecimal[]> peerScores(String modelId, String placeCode, String excludedOrg) {
    return em
        .createQuery(
            "select a.planScore, a.procureScore, a.manageScore, a.reviewScore, a.overallScore"
                + " from SelfAssessment a where a.modelId = :model and a.placeCode = :place"
                + " and a.latest = true and a.ownerOrganisationId <> :org",
            Object[].class)
        .setParameter("model", modelId)
        .setParameter("place", placeCode)
        .setParameter("org", excludedOrg == null ? "" : excludedOrg)
        .getResultList()
        .stream()
        .map(
            row -> {
              BigDecimal[] scores = new BigDecimal[row.length];
              for (int i = 0; i < row.length; i++) {
                scores[i] = (BigDecimal) row[i];
              }
              return scores;
            })
        .toList();
  }
}
