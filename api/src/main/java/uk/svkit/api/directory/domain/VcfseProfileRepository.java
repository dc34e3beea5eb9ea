package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/**
 * VCFSE profiles. The directory is open: every profile is visible to everyone, including anonymous
 * callers (the API leaves contacts out for them); only changing one is restricted, by the service.
 */
@ApplicationScoped
public class VcfseProfileRepository extends Repository<VcfseProfile> {
  public VcfseProfileRepository() {
    super(VcfseProfile.class, "VCFSE profile");
  }

  @Override
  protected boolean isVisible(VcfseProfile profile) {
    return true;
  }

  /**
   * Profiles by id, any number of them. Their collections are read in one query each for the whole
   * batch rather than one per profile (EclipseLink's batch hints; other providers ignore them).
   * Beneficiary groups and contacts, which searches never show, are lazy and load when read.
   */
  public List<VcfseProfile> byIds(List<String> ids) {
    List<VcfseProfile> all = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      all.addAll(
          em.createQuery("select p from VcfseProfile p where p.id in :ids", VcfseProfile.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
              .setHint("eclipselink.batch.type", "IN")
              .setHint("eclipselink.batch", "p.themes")
              .setHint("eclipselink.batch", "p.placesServed")
              .getResultList());
    }
    return all;
  }
}
