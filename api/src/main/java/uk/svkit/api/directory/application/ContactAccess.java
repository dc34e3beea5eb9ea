package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;

/**
 * Who may read a VCFSE's contacts (names, job titles, emails, phones: personal data). The VCFSE
 * itself, platform admins, and organisations in a working relationship with it: one that pledged to
 * one of its needs, or whose offer it claimed. Any other caller, signed in or not, sees none; a
 * token alone is not a reason to know who runs a small charity.
 */
@ApplicationScoped
public class ContactAccess {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  public boolean mayRead(String vcfseOrganisationId) {
    return !readableAmong(Set.of(vcfseOrganisationId)).isEmpty();
  }

  /** The VCFSEs among these whose contacts the caller may read (one query for a page of them). */
  public Set<String> readableAmong(Collection<String> vcfseOrganisationIds) {
    Caller caller = RequestContext.currentCaller();
    Set<String> readable = new HashSet<>();
    if (caller == null || vcfseOrganisationIds.isEmpty()) {
      return readable;
    }
    if (caller.isPlatformAdmin()) {
      readable.addAll(vcfseOrganisationIds);
      return readable;
    }
    String org = caller.organisationId();
    if (org == null) {
      return readable;
    }
    if (vcfseOrganisationIds.contains(org)) {
      readable.add(org);
    }
    readable.addAll(
        em.createQuery(
                "select distinct p.needOwnerOrganisationId from Pledge p"
                    + " where p.ownerOrganisationId = :org and p.needOwnerOrganisationId in :vcfses",
                String.class)
            .setParameter("org", org)
            .setParameter("vcfses", vcfseOrganisationIds)
            .getResultList());
    readable.addAll(
        em.createQuery(
                "select distinct c.ownerOrganisationId from OfferClaim c"
                    + " where c.offerOwnerOrganisationId = :org and c.ownerOrganisationId in :vcfses",
                String.class)
            .setParameter("org", org)
            .setParameter("vcfses", vcfseOrganisationIds)
            .getResultList());
    return readable;
  }
}
