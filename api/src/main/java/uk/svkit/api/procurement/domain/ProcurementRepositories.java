package uk.svkit.api.procurement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/** Persistence of the procurement context. Every read goes through a visibility rule. */
public final class ProcurementRepositories {
  private ProcurementRepositories() {}

  /** Question sets: the owner's, plus published ones shared with the caller's organisation. */
  @ApplicationScoped
  public static class QuestionSets extends Repository<QuestionSet> {
    public QuestionSets() {
      super(QuestionSet.class, "Question set");
    }

    @Override
    protected boolean isVisible(QuestionSet set) {
      Caller caller = RequestContext.currentCaller();
      return Tenancy.canSee(set.ownerOrganisationId())
          || (caller != null
              && set.status() != QuestionSetStatus.DRAFT
              && set.sharedWith().contains(caller.organisationId()));
    }

    /** Reads a set the caller may not otherwise see, because it is bound to a tender it can see. */
    public QuestionSet boundTo(Tender tender) {
      return em.find(QuestionSet.class, tender.questionSetId());
    }

    public List<QuestionSet> list(
        QuestionSetStatus status, String afterTitle, String afterId, int fetch) {
      String scope = Tenancy.listScope();
      StringBuilder jpql = new StringBuilder("select q from QuestionSet q where ");
      // Sharing is tested with EXISTS, not MEMBER OF: EclipseLink turns MEMBER OF on an element
      // collection into an inner join, which dropped every set shared with nobody (so every draft).
      jpql.append(
          scope == null
              ? "1 = 1"
              : "(q.ownerOrganisationId = :scope or (q.status <> :draft and exists"
                  + " (select s.id from QuestionSet s join s.sharedWith o where s.id = q.id and o = :scope)))");
      if (status != null) {
        jpql.append(" and q.status = :status");
      }
      if (afterTitle != null) {
        jpql.append(" and (q.title > :afterTitle or (q.title = :afterTitle and q.id > :afterId))");
      }
      jpql.append(" order by q.title, q.id");
      var query = em.createQuery(jpql.toString(), QuestionSet.class);
      if (scope != null) {
        query.setParameter("scope", scope).setParameter("draft", QuestionSetStatus.DRAFT);
      }
      if (status != null) {
        query.setParameter("status", status);
      }
      if (afterTitle != null) {
        query.setParameter("afterTitle", afterTitle).setParameter("afterId", afterId);
      }
      return query.setMaxResults(fetch).getResultList();
    }

    public int lastVersionNumber(String seriesId) {
      Integer last =
          em.createQuery(
                  "select max(q.versionNumber) from QuestionSet q where q.seriesId = :series",
                  Integer.class)
              .setParameter("series", seriesId)
              .getSingleResult();
      return last == null ? 0 : last;
    }

    public boolean hasDraft(String seriesId) {
      return !em.createQuery(
              "select q.id from QuestionSet q where q.seriesId = :series and q.status = :draft",
              String.class)
          .setParameter("series", seriesId)
          .setParameter("draft", QuestionSetStatus.DRAFT)
          .setMaxResults(1)
          .getResultList()
          .isEmpty();
    }
  }

  /**
   * Tenders: visible to their buyer, assigned evaluators, and suppliers while open or once they
   * bid.
   */
  @ApplicationScoped
  public static class Tenders extends Repository<Tender> {
    public Tenders() {
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
        return tender.status(OffsetDateTime.now()) == TenderStatus.OPEN
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
  }

  /**
   * Bids: the supplier that owns one sees it; the tender's buyer and assigned evaluators see them
   * all once the deadline has passed (the service checks the seal before reading).
   */
  @ApplicationScoped
  public static class Bids extends Repository<Bid> {
    public Bids() {
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

  /** Evaluators' scores and moderations, owned by the buyer. */
  @ApplicationScoped
  public static class Scores extends Repository<AnswerScore> {
    public Scores() {
      super(AnswerScore.class, "Score");
    }

    @Override
    protected boolean isVisible(AnswerScore score) {
      return true; // only ever read after the service has checked access to the tender
    }

    public Optional<AnswerScore> slot(
        String bidId, String questionKey, AnswerScore.Kind kind, String slot) {
      return em.createQuery(
              "select s from AnswerScore s where s.bidId = :bid and s.questionKey = :key and s.kind = :kind and s.slot = :slot",
              AnswerScore.class)
          .setParameter("bid", bidId)
          .setParameter("key", questionKey)
          .setParameter("kind", kind)
          .setParameter("slot", slot)
          .getResultStream()
          .findFirst();
    }

    public List<AnswerScore> ofBid(String bidId) {
      return em.createQuery(
              "select s from AnswerScore s where s.bidId = :bid order by s.questionKey, s.kind, s.slot",
              AnswerScore.class)
          .setParameter("bid", bidId)
          .getResultList();
    }

    public List<AnswerScore> ofTender(String tenderId) {
      return em.createQuery(
              "select s from AnswerScore s where s.tenderId = :tender", AnswerScore.class)
          .setParameter("tender", tenderId)
          .getResultList();
    }
  }
}
