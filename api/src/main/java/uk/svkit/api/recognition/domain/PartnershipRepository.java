package uk.svkit.api.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.security.Tenancy;

/** Partnerships: visible to both parties and platform admins (anyone else gets a 404). */
@ApplicationScoped
public class PartnershipRepository extends Repository<Partnership> {
  public PartnershipRepository() {
    super(Partnership.class, "Partnership");
  }

  @Override
  protected boolean isVisible(Partnership p) {
    return Tenancy.canSee(p.businessOrganisationId()) || Tenancy.canSee(p.vcfseOrganisationId());
  }

  /**
   * Partnerships an organisation is party to (every partnership when {@code organisationId} is
   * null), by start and id, after a keyset position.
   */
  public List<Partnership> of(
      String organisationId, LocalDate afterStart, String afterId, int fetch) {
    StringBuilder jpql = new StringBuilder("select p from Partnership p where 1 = 1");
    if (organisationId != null) {
      jpql.append(" and (p.ownerOrganisationId = :org or p.vcfseOrganisationId = :org)");
    }
    if (afterStart != null) {
      jpql.append(
          " and (p.startedOn > :afterStart or (p.startedOn = :afterStart and p.id > :afterId))");
    }
    jpql.append(" order by p.startedOn, p.id");
    TypedQuery<Partnership> q = em.createQuery(jpql.toString(), Partnership.class);
    if (organisationId != null) {
      q.setParameter("org", organisationId);
    }
    if (afterStart != null) {
      q.setParameter("afterStart", afterStart).setParameter("afterId", afterId);
    }
    return q.setMaxResults(fetch).getResultList();
  }

  /** The partnerships both sides agreed to show, of an organisation on either side (public). */
  public List<Partnership> shownBy(String organisationId) {
    return em.createQuery(
            "select p from Partnership p where (p.ownerOrganisationId = :org"
                + " or p.vcfseOrganisationId = :org) and p.businessShows = true"
                + " and p.vcfseShows = true order by p.startedOn, p.id",
            Partnership.class)
        .setParameter("org", organisationId)
        .getResultList();
  }
}
