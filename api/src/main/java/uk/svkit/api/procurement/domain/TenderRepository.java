package uk.svkit.api.procurement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.time.Timestamps;

/**
 * Tenders: visible to their buyer, assigned evaluators, and suppliers while open or once they bid.
 */
@ApplicationScoped
public class TenderRepository extends Repository<Tender> {
  public TenderRepository() {
    super(Tender.class, "Tender");
  }

  @Override
  protected boolean isVisible(Tender tender) {
    Caller caller = RequestContext.currentCaller();
    if (caller == null) {
      return RequestContext.isSystem();
    }
    if (ProcurementAccess.readsAllBids(caller, tender)) {
      return true;
    }
    if (ProcurementAccess.isSupplier(caller)) {
      return tender.status(Timestamps.now(clock)) == TenderStatus.OPEN
          || hasBidFrom(tender.id(), caller.organisationId());
    }
    return false;
  }

  public boolean buyerTenderIdTaken(String buyerOrganisationId, String buyerTenderId) {
    return !em.createQuery(
            "select t.id from Tender t where t.ownerOrganisationId = :owner and t.buyerTenderId = :id",
            String.class)
        .setParameter("owner", buyerOrganisationId)
        .setParameter("id", buyerTenderId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean hasBidFrom(String tenderId, String supplierOrganisationId) {
    return !em.createQuery(
            "select b.id from Bid b where b.tenderId = :tender and b.ownerOrganisationId = :supplier",
            String.class)
        .setParameter("tender", tenderId)
        .setParameter("supplier", supplierOrganisationId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The tenders the caller may see, by deadline: everything for admins; for others the union of
   * their organisation's (buyer roles), those they evaluate, and (suppliers) open ones and those
   * they bid on. {@code status} filters on the derived status.
   */
  public List<Tender> list(
      Caller caller,
      TenderStatus status,
      OffsetDateTime now,
      OffsetDateTime afterDeadline,
      String afterId,
      int fetch) {
    StringBuilder jpql = new StringBuilder("select t from Tender t where ");
    boolean admin = caller.isPlatformAdmin();
    boolean buyer =
        caller.roles().contains(uk.svkit.api.platform.security.Roles.BUYER)
            || caller.roles().contains(uk.svkit.api.platform.security.Roles.CONTRACT_MANAGER);
    boolean evaluator = caller.roles().contains(uk.svkit.api.platform.security.Roles.EVALUATOR);
    boolean supplier = ProcurementAccess.isSupplier(caller);
    if (admin) {
      jpql.append("1 = 1");
    } else {
      List<String> any = new java.util.ArrayList<>();
      if (buyer) {
        any.add("t.ownerOrganisationId = :org");
      }
      if (evaluator) {
        // EXISTS rather than MEMBER OF, whose inner join would hide tenders without evaluators
        // from the other conditions.
        // Assignments name people of the buyer's organisation: the same user name elsewhere is
        // someone else.
        any.add(
            "(t.ownerOrganisationId = :org and exists (select e.id from Tender e join e.evaluators v where e.id = t.id and v = :subject))");
      }
      if (supplier) {
        any.add("(t.deadline > :now and t.awardedBidId is null)");
        any.add(
            "exists (select b.id from Bid b where b.tenderId = t.id and b.ownerOrganisationId = :org)");
      }
      if (any.isEmpty()) {
        return List.of();
      }
      jpql.append("(").append(String.join(" or ", any)).append(")");
    }
    if (status != null) {
      jpql.append(
          switch (status) {
            case OPEN -> " and t.awardedBidId is null and t.deadline > :now";
            case CLOSED -> " and t.awardedBidId is null and t.deadline <= :now";
            case AWARDED -> " and t.awardedBidId is not null";
          });
    }
    if (afterDeadline != null) {
      jpql.append(
          " and (t.deadline > :afterDeadline or (t.deadline = :afterDeadline and t.id > :afterId))");
    }
    jpql.append(" order by t.deadline, t.id");
    var query = em.createQuery(jpql.toString(), Tender.class);
    if (!admin && (buyer || supplier || evaluator)) {
      query.setParameter("org", caller.organisationId());
    }
    if (!admin && evaluator) {
      query.setParameter("subject", caller.subject());
    }
    if ((!admin && supplier) || (status != null && status != TenderStatus.AWARDED)) {
      query.setParameter("now", now);
    }
    if (afterDeadline != null) {
      query.setParameter("afterDeadline", afterDeadline).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /**
   * Tenders whose deadline passed in {@code (after, upTo]} and whose closing has not been told yet
   * (no occurrence key {@code keyPrefix + id}): id, buyer, buyer's tender id, deadline. System
   * work.
   */
  public List<Object[]> closedUntold(
      java.time.OffsetDateTime after, java.time.OffsetDateTime upTo, String keyPrefix) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.id, t.owner_organisation_id, t.buyer_tender_id, t.deadline FROM prc_tender t"
                    + " WHERE t.deadline <= ?1 AND t.deadline > ?2 AND NOT EXISTS (SELECT 1 FROM plt_event_occurrence o"
                    + " WHERE o.occurrence_key = ?3 || t.id) ORDER BY t.deadline")
            .setParameter(1, upTo)
            .setParameter(2, after)
            .setParameter(3, keyPrefix)
            .getResultList();
    return rows;
  }

  /** The organisations that bid for a tender. */
  public List<String> bidders(String tenderId) {
    return em.createQuery(
            "select b.ownerOrganisationId from Bid b where b.tenderId = :tender", String.class)
        .setParameter("tender", tenderId)
        .getResultList();
  }
}
