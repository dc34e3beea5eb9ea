package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Pledges: visible to the pledging business (the owner), the VCFSE whose need it is, and admins.
 */
@ApplicationScoped
public class PledgeRepository extends Repository<Pledge> {
  public PledgeRepository() {
    super(Pledge.class, "Pledge");
  }

  @Override
  protected boolean isVisible(Pledge pledge) {
    Caller caller = RequestContext.currentCaller();
    return Tenancy.canSee(pledge.ownerOrganisationId())
        || (caller != null && pledge.needOwnerOrganisationId().equals(caller.organisationId()));
  }

  /** A need's pledges in the order they were made, as far as the caller may see them. */
  public List<Pledge> ofNeed(String needId) {
    return em.createQuery(
            "select p from Pledge p where p.needId = :need order by p.createdAt, p.id",
            Pledge.class)
        .setParameter("need", needId)
        .getResultStream()
        .filter(this::isVisible)
        .toList();
  }
}
