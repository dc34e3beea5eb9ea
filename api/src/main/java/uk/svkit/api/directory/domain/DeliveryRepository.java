package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Recorded deliveries: visible to the receiving VCFSE (the owner), the delivering business, and
 * admins; anyone else gets a 404.
 */
@ApplicationScoped
public class DeliveryRepository extends Repository<Delivery> {
  public DeliveryRepository() {
    super(Delivery.class, "Delivery");
  }

  @Override
  protected boolean isVisible(Delivery delivery) {
    Caller caller = RequestContext.currentCaller();
    return Tenancy.canSee(delivery.ownerOrganisationId())
        || (caller != null && delivery.businessOrganisationId().equals(caller.organisationId()));
  }

  /**
   * One organisation's deliveries on one side, optionally in one status, oldest delivery first,
   * keyset-paged by (deliveredAt, id).
   */
  public List<Delivery> list(
      String organisationId,
      Delivery.Side side,
      DeliveryStatus status,
      OffsetDateTime afterTime,
      String afterId,
      int fetch) {
    StringBuilder jpql =
        new StringBuilder("select d from Delivery d where ")
            .append(
                side == Delivery.Side.VCFSE
                    ? "d.ownerOrganisationId = :org"
                    : "d.businessOrganisationId = :org");
    if (status != null) {
      jpql.append(" and d.status = :status");
    }
    if (afterTime != null) {
      jpql.append(
          " and (d.deliveredAt > :afterTime or (d.deliveredAt = :afterTime and d.id > :afterId))");
    }
    jpql.append(" order by d.deliveredAt, d.id");
    var query = em.createQuery(jpql.toString(), Delivery.class).setParameter("org", organisationId);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (afterTime != null) {
      query.setParameter("afterTime", afterTime).setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }
}
