package uk.svkit.api.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

@ApplicationScoped
public class ProgrammeRepository extends Repository<Programme> {
  public ProgrammeRepository() {
    super(Programme.class, "Programme");
  }

  @Override
  protected boolean isVisible(Programme programme) {
    return true;
  }

  public boolean codeTaken(String code) {
    return !em.createQuery("select p.id from Programme p where p.code = :code", String.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<Programme> list(ProgrammeKind kind, String afterCode, int fetch) {
    StringBuilder jpql = new StringBuilder("select p from Programme p where 1 = 1");
    if (kind != null) {
      jpql.append(" and p.kind = :kind");
    }
    if (afterCode != null) {
      jpql.append(" and p.code > :after");
    }
    jpql.append(" order by p.code");
    var query = em.createQuery(jpql.toString(), Programme.class);
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    if (afterCode != null) {
      query.setParameter("after", afterCode);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  public List<Programme> byIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Programme p where p.id in :ids", Programme.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
