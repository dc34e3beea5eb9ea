package uk.svkit.api.tracking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Contracts: visible to their buyer (the owner) and their supplier; one buyer never sees another's.
 */
@ApplicationScoped
public class ContractRepository extends Repository<Contract> {
  public ContractRepository() {
    super(Contract.class, "Contract");
  }

  @Override
  protected boolean isVisible(Contract contract) {
    Caller caller = RequestContext.currentCaller();
    return Tenancy.canSee(contract.ownerOrganisationId())
        || (caller != null && contract.supplierOrganisationId().equals(caller.organisationId()));
  }

  public boolean buyerContractIdTaken(String buyerOrganisationId, String buyerContractId) {
    return !em.createQuery(
            "select c.id from Contract c where c.ownerOrganisationId = :owner and c.buyerContractId = :id",
            String.class)
        .setParameter("owner", buyerOrganisationId)
        .setParameter("id", buyerContractId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The caller's contracts by title: as buyer (owner) or as supplier; everything for admins. */
  public List<Contract> list(
      Caller caller, String supplierOrganisationId, String afterTitle, String afterId, int fetch) {
    StringBuilder jpql = new StringBuilder("select c from Contract c where ");
    jpql.append(
        caller.isPlatformAdmin()
            ? "1 = 1"
            : "(c.ownerOrganisationId = :org or c.supplierOrganisationId = :org)");
    if (supplierOrganisationId != null) {
      jpql.append(" and c.supplierOrganisationId = :supplier");
    }
    if (afterTitle != null) {
      jpql.append(" and (c.title > :afterTitle or (c.title = :afterTitle and c.id > :afterId))");
    }
    jpql.append(" order by c.title, c.id");
    var query = em.createQuery(jpql.toString(), Contract.class);
    if (!caller.isPlatformAdmin()) {
      query.setParameter("org", caller.organisationId());
    }
    if (supplierOrganisationId != null) {
      query.setParameter("supplier", supplierOrganisationId);
    }
    if (afterTitle != null) {
      query.setParameter("afterTitle", afterTitle).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }

  /** A buyer's contracts, for the overdue assessments (dashboards read them as rows). */
  public List<Contract> ofBuyer(String buyerOrganisationId) {
    // Batch-read the collections (EclipseLink hints; other providers ignore them): one query each
    // for all contracts' KPIs and places instead of two per contract.
    return em.createQuery(
            "select c from Contract c where c.ownerOrganisationId = :owner", Contract.class)
        .setParameter("owner", buyerOrganisationId)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.commitments")
        .setHint("eclipselink.batch", "c.placesServed")
        // The overdue assessments only read a buyer's contracts (all of them): no change-tracking
        // copies of thousands of contracts and KPIs.
        .setHint("eclipselink.read-only", "true")
        .getResultList();
  }

  /** Contracts by id without the visibility rule, for the service after it has checked access. */
  public List<Contract> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from Contract c where c.id in :ids", Contract.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * Contracts that have started by {@code startedBefore} and run to {@code endingFrom} or later,
   * with their KPIs, a page at a time in id order, for the scheduled due and overdue events (system
   * work: no tenancy).
   */
  public List<Contract> running(
      java.time.LocalDate startedBefore,
      java.time.LocalDate endingFrom,
      String afterId,
      int limit) {
    return em.createQuery(
            "select c from Contract c where c.startDate < :startedBefore and c.endDate >= :endingFrom"
                + " and c.id > :afterId order by c.id",
            Contract.class)
        .setParameter("startedBefore", startedBefore)
        .setParameter("endingFrom", endingFrom)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.commitments")
        .getResultList();
  }
}
