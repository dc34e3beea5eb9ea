package uk.svkit.api.framework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import uk.svkit.api.platform.persistence.Repository;

@ApplicationScoped
public class ValuationRepository extends Repository<Valuation> {
  public ValuationRepository() {
    super(Valuation.class, "Valuation");
  }
}
