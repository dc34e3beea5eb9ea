package uk.svkit.api.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.security.Tenancy;

/** Partnership deliveries: visible to both parties and platform admins. */
@ApplicationScoped
public class PartnershipDeliveryRepository extends Repository<PartnershipDelivery> {
  public PartnershipDeliveryRepository() {
    super(PartnershipDelivery.class, "Partnership delivery");
  }

  @Override
  protected boolean isVisible(PartnershipDelivery d) {
    return Tenancy.canSee(d.businessOrganisationId()) || Tenancy.canSee(d.vcfseOrganisationId());
  }

  /**
   * A partnership's deliveries (only those with {@code status} when given) by delivery day and id,
   * after a keyset position.
   */
  public List<PartnershipDelivery> of(
      String partnershipId,
      PartnershipDeliveryStatus status,
      LocalDate afterDay,
      String afterId,
      int fetch) {
    StringBuilder jpql =
        new StringBuilder("select d from PartnershipDelivery d where d.partnershipId = :p");
    if (status != null) {
      jpql.append(" and d.status = :status");
    }
    if (afterDay != null) {
      jpql.append(
          " and (d.deliveredOn > :afterDay or (d.deliveredOn = :afterDay and d.id > :afterId))");
    }
    jpql.append(" order by d.deliveredOn, d.id");
    TypedQuery<PartnershipDelivery> q =
        em.createQuery(jpql.toString(), PartnershipDelivery.class).setParameter("p", partnershipId);
    if (status != null) {
      q.setParameter("status", status);
    }
    if (afterDay != null) {
      q.setParameter("afterDay", afterDay).setParameter("afterId", afterId);
    }
    return q.setMaxResults(fetch).getResultList();
  }
}
