package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
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
}
