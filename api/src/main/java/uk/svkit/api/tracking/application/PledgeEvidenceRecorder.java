package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import uk.svkit.api.directory.domain.PledgeDelivered;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.PledgeEvidence;
import uk.svkit.api.tracking.infrastructure.PledgeEvidenceRepository;

/**
 * Hears the directory: when a business records delivery through a pledge that names a KPI of one of
 * its own contracts, the delivered support becomes evidence of that KPI. A pledge naming a KPI of
 * someone else's contract is ignored (logged): it cannot be evidence of another supplier's work.
 */
@ApplicationScoped
public class PledgeEvidenceRecorder {
  private static final Logger LOG = Loggers.of(PledgeEvidenceRecorder.class);

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject PledgeEvidenceRepository pledgeEvidence;

  void on(@Observes PledgeDelivered delivered) {
    Commitment commitment = em.find(Commitment.class, delivered.commitmentId());
    if (commitment == null
        || !commitment
            .contract()
            .supplierOrganisationId()
            .equals(delivered.businessOrganisationId())) {
      LOG.info(
          () ->
              "Pledge "
                  + delivered.pledgeId()
                  + " names commitment "
                  + delivered.commitmentId()
                  + ", which is not a KPI of a contract of the pledging business; not recorded as evidence");
      return;
    }
    pledgeEvidence.record(
        new PledgeEvidence(
            delivered.pledgeId(),
            commitment.id(),
            commitment.contract().id(),
            delivered.needId(),
            delivered.needTitle(),
            delivered.supportType().name(),
            delivered.unit(),
            delivered.vcfseOrganisationId(),
            delivered.businessOrganisationId(),
            delivered.deliveredQuantity(),
            delivered.note(),
            delivered.deliveredAt()));
  }
}
