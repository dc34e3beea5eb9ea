package uk.svkit.api.framework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import uk.svkit.api.platform.persistence.Repository;

@ApplicationScoped
public class EditionRepository extends Repository<Edition> {
  public EditionRepository() {
    super(Edition.class, "Framework edition");
  }

  @Override
  protected boolean isVisible(Edition edition) {
    return FrameworkRepository.isVisible(edition.framework());
  }
}
