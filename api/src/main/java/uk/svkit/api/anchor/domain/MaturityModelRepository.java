package uk.svkit.api.anchor.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;

/** Maturity models: public to read, so organisations can see what they will be asked. */
@ApplicationScoped
public class MaturityModelRepository extends Repository<MaturityModel> {
  public MaturityModelRepository() {
    super(MaturityModel.class, "Maturity model");
  }

  @Override
  protected boolean isVisible(MaturityModel model) {
    return true;
  }

  /** Models by code and version, after a keyset position. */
  public List<MaturityModel> list(String afterCode, Integer afterVersion, int fetch) {
    String after =
        afterCode == null
            ? ""
            : " where m.code > :code or (m.code = :code and m.modelVersion > :version)";
    var query =
        em.createQuery(
            "select m from MaturityModel m" + after + " order by m.code, m.modelVersion",
            MaturityModel.class);
    if (afterCode != null) {
      query.setParameter("code", afterCode).setParameter("version", afterVersion);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  public Optional<MaturityModel> latest(String code) {
    return em.createQuery(
            "select m from MaturityModel m where m.code = :code order by m.modelVersion desc",
            MaturityModel.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
