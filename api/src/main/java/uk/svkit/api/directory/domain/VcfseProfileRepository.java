package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
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
}
