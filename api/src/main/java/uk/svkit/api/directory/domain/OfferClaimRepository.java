package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Claims on offers: visible to the claiming VCFSE (the owner), the offering business, and admins.
 */
@ApplicationScoped
public class OfferClaimRepository extends Repository<OfferClaim> {
  public OfferClaimRepository() {
    super(OfferClaim.class, "Offer claim");
  }

  @Override
  protected boolean isVisible(OfferClaim claim) {
    Caller caller = RequestContext.currentCaller();
    return Tenancy.canSee(claim.ownerOrganisationId())
        || (caller != null && claim.offerOwnerOrganisationId().equals(caller.organisationId()));
  }

  /** An offer's claims in the order they were made, as far as the caller may see them. */
  public List<OfferClaim> ofOffer(String offerId) {
    return em.createQuery(
            "select c from OfferClaim c where c.offerId = :offer order by c.createdAt, c.id",
            OfferClaim.class)
        .setParameter("offer", offerId)
        .getResultStream()
        .filter(this::isVisible)
        .toList();
  }
}
