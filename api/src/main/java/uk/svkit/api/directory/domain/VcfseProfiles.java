package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/**
 * VCFSE profiles. The directory is open: every profile is visible to everyone, including anonymous
 * callers (the API leaves contacts out for them); only changing one is restricted, by the service.
 */
@ApplicationScoped
public class VcfseProfiles extends Repository<VcfseProfile> {
  public VcfseProfiles() {
    super(VcfseProfile.class, "VCFSE profile");
  }

  @Override
  protected boolean isVisible(VcfseProfile profile) {
    return true;
  }

  /**
   * Profiles matching every given filter, unordered: the caller ranks them. Free-text terms match
   * the name and description or the text of an open, unexpired need.
   */
  public List<VcfseProfile> candidates(DirectoryQuery q, LocalDate today) {
    StringBuilder jpql = new StringBuilder("select p from VcfseProfile p where 1 = 1");
    String openNeed = "select n.id from Need n where n.ownerOrganisationId = p.id and n.status = :open and n.expiresOn >= :today";
    boolean needsOpen = false;
    if (q.legalForm() != null) {
      jpql.append(" and p.legalForm = :legalForm");
    }
    if (q.placeCode() != null) {
      jpql.append(" and (p.basePlaceCode = :place or exists (select p2.id from VcfseProfile p2 join p2.placesServed pl")
          .append(" where p2.id = p.id and pl = :place))");
    }
    if (q.theme() != null) {
      jpql.append(" and exists (select p3.id from VcfseProfile p3 join p3.themes t where p3.id = p.id and t = :theme)");
    }
    if (q.supportType() != null) {
      jpql.append(" and exists (").append(openNeed).append(" and n.supportType = :supportType)");
      needsOpen = true;
    }
    if (q.box() != null) {
      jpql.append(" and p.latitude between :minLat and :maxLat and p.longitude between :minLon and :maxLon");
    }
    for (int i = 0; i < q.terms().size(); i++) {
      jpql.append(" and (p.searchText like :t").append(i).append(" escape '\\'")
          .append(" or exists (").append(openNeed.replace("n.", "m.").replace("Need n", "Need m"))
          .append(" and m.searchText like :t").append(i).append(" escape '\\'))");
      needsOpen = true;
    }
    TypedQuery<VcfseProfile> query = em.createQuery(jpql.toString(), VcfseProfile.class);
    if (needsOpen) {
      query.setParameter("open", NeedStatus.OPEN).setParameter("today", today);
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
    if (q.supportType() != null) {
      query.setParameter("supportType", q.supportType());
    }
    if (q.box() != null) {
      query.setParameter("minLat", q.box().minLat()).setParameter("maxLat", q.box().maxLat())
          .setParameter("minLon", q.box().minLon()).setParameter("maxLon", q.box().maxLon());
    }
    for (int i = 0; i < q.terms().size(); i++) {
      query.setParameter("t" + i, like(q.terms().get(i)));
    }
    return query.getResultList();
  }

  /** Profiles by id, any number of them. */
  public List<VcfseProfile> byIds(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from VcfseProfile p where p.id in :ids", VcfseProfile.class).setParameter("ids", ids).getResultList();
  }

  static String like(String term) {
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
