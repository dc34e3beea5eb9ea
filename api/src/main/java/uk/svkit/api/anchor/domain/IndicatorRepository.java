package uk.svkit.api.anchor.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;

/** The indicator catalogue: public to read. */
@ApplicationScoped
public class IndicatorRepository extends Repository<Indicator> {
  public IndicatorRepository() {
    super(Indicator.class, "Indicator");
  }

  @Override
  protected boolean isVisible(Indicator indicator) {
    return true;
  }

  /** The shipped entries and the programme's own, by code. */
  public List<Indicator> catalogue(String programmeId) {
    return em.createQuery(
            "select i from Indicator i where i.programmeId is null or i.programmeId = :programme"
                + " order by i.code",
            Indicator.class)
        .setParameter("programme", programmeId)
        .getResultList();
  }

  public Optional<Indicator> inCatalogue(String programmeId, String code) {
    return em.createQuery(
            "select i from Indicator i where (i.programmeId is null or i.programmeId = :programme)"
                + " and i.code = :code",
            Indicator.class)
        .setParameter("programme", programmeId)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
