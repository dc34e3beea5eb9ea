package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/** Needs on the noticeboard: public, like the directory. Changing one is up to its VCFSE. */
@ApplicationScoped
public class Needs extends Repository<Need> {
  public Needs() {
    super(Need.class, "Need");
  }

  @Override
  protected boolean isVisible(Need need) {
    return true;
  }

  /** Open, unexpired needs of these organisations. */
  public List<Need> openOf(Collection<String> organisationIds, LocalDate today) {
    List<Need> all = new ArrayList<>();
    List<String> ids = List.copyOf(organisationIds);
    for (int from = 0; from < ids.size(); from += 500) {
      all.addAll(em.createQuery("select n from Need n where n.ownerOrganisationId in :ids and n.status = :open and n.expiresOn >= :today",
              Need.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
          .setParameter("open", NeedStatus.OPEN)
          .setParameter("today", today)
          .getResultList());
    }
    return all;
  }

  /** Open, unexpired needs matching the filters, each with its organisation's profile; unordered. */
  public List<Object[]> candidates(DirectoryQuery q, LocalDate today) {
    StringBuilder jpql = new StringBuilder(
        "select n, p from Need n, VcfseProfile p where p.id = n.ownerOrganisationId and n.status = :open and n.expiresOn >= :today");
    if (q.supportType() != null) {
      jpql.append(" and n.supportType = :supportType");
    }
    if (q.organisationId() != null) {
      jpql.append(" and n.ownerOrganisationId = :org");
    }
    if (q.legalForm() != null) {
      jpql.append(" and p.legalForm = :legalForm");
    }
    if (q.placeCode() != null) {
      // A need names its place, or is wherever its organisation works.
      jpql.append(" and (n.placeCode = :place or (n.placeCode is null and (p.basePlaceCode = :place")
          .append(" or exists (select p2.id from VcfseProfile p2 join p2.placesServed pl where p2.id = p.id and pl = :place))))");
    }
    if (q.theme() != null) {
      jpql.append(" and exists (select p3.id from VcfseProfile p3 join p3.themes t where p3.id = p.id and t = :theme)");
    }
    if (q.box() != null) {
      jpql.append(" and p.latitude between :minLat and :maxLat and p.longitude between :minLon and :maxLon");
    }
    for (int i = 0; i < q.terms().size(); i++) {
      jpql.append(" and (n.searchText like :t").append(i).append(" escape '\\' or p.searchText like :t").append(i).append(" escape '\\')");
    }
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
        .setParameter("open", NeedStatus.OPEN).setParameter("today", today);
    if (q.supportType() != null) {
      query.setParameter("supportType", q.supportType());
    }
    if (q.organisationId() != null) {
      query.setParameter("org", q.organisationId());
    }
    if (q.legalForm() != null) {
      query.setParameter("legalForm", q.legalForm());
    }
    if (q.placeCode() != null) {
      query.setParameter("place", q.placeCode());
    }
    if (q.theme() != null) {
      query.setParameter("theme", q.theme());
    }
    if (q.box() != null) {
      query.setParameter("minLat", q.box().minLat()).setParameter("maxLat", q.box().maxLat())
          .setParameter("minLon", q.box().minLon()).setParameter("maxLon", q.box().maxLon());
    }
    for (int i = 0; i < q.terms().size(); i++) {
      query.setParameter("t" + i, VcfseProfiles.like(q.terms().get(i)));
    }
    return query.getResultList();
  }
}
