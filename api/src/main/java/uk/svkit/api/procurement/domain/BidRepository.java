package uk.svkit.api.procurement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Bids: the supplier that owns one sees it; the tender's buyer and assigned evaluators see them all
 * once the deadline has passed (the service checks the seal before reading).
 */
@ApplicationScoped
public class BidRepository extends Repository<Bid> {
  public BidRepository() {
    super(Bid.class, "Bid");
  }

  @Override
  protected boolean isVisible(Bid bid) {
    if (Tenancy.canSee(bid.ownerOrganisationId())) {
      return true;
    }
    Caller caller = RequestContext.currentCaller();
    Tender tender = em.find(Tender.class, bid.tenderId());
    return caller != null && tender != null && ProcurementAccess.readsAllBids(caller, tender);
  }

  public Optional<Bid> ofSupplier(String tenderId, String supplierOrganisationId) {
    return em.createQuery(
            "select b from Bid b where b.tenderId = :tender and b.ownerOrganisationId = :supplier",
            Bid.class)
        .setParameter("tender", tenderId)
        .setParameter("supplier", supplierOrganisationId)
        .getResultStream()
        .findFirst();
  }

  public List<Bid> ofTender(String tenderId, String afterId, int fetch) {
    var query =
        em.createQuery(
                "select b from Bid b where b.tenderId = :tender"
                    + (afterId == null ? "" : " and b.id > :after")
                    + " order by b.id",
                Bid.class)
            .setParameter("tender", tenderId);
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  public void addRevision(BidRevision revision) {
    em.persist(revision);
    Bid bid = em.find(Bid.class, revision.bidId());
    // One event per revision, on the bid's id: a bid's revisions are its trail of CREATED events.
    audit.record(
        "bid-revision",
        revision.bidId(),
        bid == null ? null : bid.ownerOrganisationId(),
        uk.svkit.api.platform.audit.AuditAction.CREATED,
        java.util.List.of("price", "answers"));
    em.flush();
  }

  public List<BidRevision> revisions(String bidId) {
    return em.createQuery(
            "select r from BidRevision r where r.bidId = :bid order by r.revision",
            BidRevision.class)
        .setParameter("bid", bidId)
        .getResultList();
  }
}
