package uk.svkit.api.anchor.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/**
 * Declarations: the signatory's, readable also by the programme's administering organisation
 * (another organisation's declaration is a 404).
 */
@ApplicationScoped
public class DeclarationRepository extends Repository<Declaration> {
  public DeclarationRepository() {
    super(Declaration.class, "Indicator declaration");
  }

  @Override
  protected boolean isVisible(Declaration d) {
    return AnchorAccess.reads(d.organisationId(), d.administeringOrganisationId());
  }

  public boolean exists(String organisationId, String programmeId, String indicatorCode) {
    return !em.createQuery(
            "select d.id from Declaration d where d.ownerOrganisationId = :org"
                + " and d.programmeId = :programme and d.indicatorCode = :code",
            String.class)
        .setParameter("org", organisationId)
        .setParameter("programme", programmeId)
        .setParameter("code", indicatorCode)
        .getResultList()
        .isEmpty();
  }

  /** An organisation's declarations under a programme, by pillar and indicator. */
  public List<Declaration> of(String organisationId, String programmeId) {
    return em.createQuery(
            "select d from Declaration d where d.ownerOrganisationId = :org"
                + " and d.programmeId = :programme order by d.pillarCode, d.indicatorCode",
            Declaration.class)
        .setParameter("org", organisationId)
        .setParameter("programme", programmeId)
        .getResultList();
  }

  /** Every declaration of a programme (the collective view's indicators), by indicator. */
  public List<Declaration> ofProgramme(String programmeId) {
    return em.createQuery(
            "select d from Declaration d where d.programmeId = :programme"
                + " order by d.pillarCode, d.indicatorCode, d.id",
            Declaration.class)
        .setParameter("programme", programmeId)
        .getResultList();
  }
}
