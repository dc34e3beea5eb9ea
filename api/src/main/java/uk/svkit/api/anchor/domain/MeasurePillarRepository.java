package uk.svkit.api.anchor.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/** Measure-to-pillar mappings: public to read, like the catalogue. */
@ApplicationScoped
public class MeasurePillarRepository extends Repository<MeasurePillar> {
  public MeasurePillarRepository() {
    super(MeasurePillar.class, "Measure-to-pillar mapping");
  }

  @Override
  protected boolean isVisible(MeasurePillar mapping) {
    return true;
  }

  /** The shipped mappings and the programme's own, by measure and pillar. */
  public List<MeasurePillar> of(String programmeId) {
    return em.createQuery(
            "select m from MeasurePillar m where m.programmeId is null or m.programmeId = :programme"
                + " order by m.measureCode, m.pillarCode",
            MeasurePillar.class)
        .setParameter("programme", programmeId)
        .getResultList();
  }
}
