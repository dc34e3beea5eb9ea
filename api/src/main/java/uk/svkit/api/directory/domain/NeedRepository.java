package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/** Needs on the noticeboard: public, like the directory. Changing one is up to its VCFSE. */
@ApplicationScoped
public class NeedRepository extends Repository<Need> {
  public NeedRepository() {
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
      all.addAll(
          em.createQuery(
                  "select n from Need n where n.ownerOrganisationId in :ids and n.status = :open and n.expiresOn >= :today",
                  Need.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
              .setParameter("open", NeedStatus.OPEN)
              .setParameter("today", today)
              .getResultList());
    }
    return all;
  }

  /** Needs by id, any number of them. */
  public List<Need> byIds(Collection<String> ids) {
    List<Need> all = new ArrayList<>();
    List<String> list = List.copyOf(ids);
    for (int from = 0; from < list.size(); from += 500) {
      all.addAll(
          em.createQuery("select n from Need n where n.id in :ids", Need.class)
              .setParameter("ids", list.subList(from, Math.min(list.size(), from + 500)))
              .getResultList());
    }
    return all;
  }
}
