package uk.svkit.api.procurement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;

@ApplicationScoped
public class AnswerScoreRepository extends Repository<AnswerScore> {
  public AnswerScoreRepository() {
    super(AnswerScore.class, "Score");
  }

  @Override
  protected boolean isVisible(AnswerScore score) {
    return true; // only ever read after the service has checked access to the tender
  }

  public Optional<AnswerScore> slot(
      String bidId, String questionKey, AnswerScore.Kind kind, String slot) {
    return em.createQuery(
            "select s from AnswerScore s where s.bidId = :bid and s.questionKey = :key and s.kind = :kind and s.slot = :slot",
            AnswerScore.class)
        .setParameter("bid", bidId)
        .setParameter("key", questionKey)
        .setParameter("kind", kind)
        .setParameter("slot", slot)
        .getResultStream()
        .findFirst();
  }

  public List<AnswerScore> ofBid(String bidId) {
    return em.createQuery(
            "select s from AnswerScore s where s.bidId = :bid order by s.questionKey, s.kind, s.slot",
            AnswerScore.class)
        .setParameter("bid", bidId)
        .getResultList();
  }

  public List<AnswerScore> ofTender(String tenderId) {
    return em.createQuery(
            "select s from AnswerScore s where s.tenderId = :tender", AnswerScore.class)
        .setParameter("tender", tenderId)
        .getResultList();
  }
}
