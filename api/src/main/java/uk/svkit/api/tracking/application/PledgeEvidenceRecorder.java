package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import uk.svkit.api.directory.domain.SupportDelivered;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.PledgeEvidence;
import uk.svkit.api.tracking.infrastructure.PledgeEvidenceRepository;

/**
 * Hears the directory: when a business records delivery through a pledge or an offer claim that
 * names a KPI of one of its own contracts, the delivered support becomes evidence of that KPI (kept
 * as pledge evidence: the pledge or claim, and the need or offer, it came through). One naming a
 * KPI of someone else's contract is ignored (logged): it cannot be evidence of another supplier's
 * work.
 */
@ApplicationScoped
public class PledgeEvidenceRecorder {
  private static final Logger LOG = Loggers.of(PledgeEvidenceRecorder.class);

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject PledgeEvidenceRepository pledgeEvidence;

  void on(@Observes SupportDelivered delivered) {
    Commitment commitment = em.find(Commitment.class, delivered.commitmentId());
    if (commitment == null
        || !commitment
            .contract()
            .supplierOrganisationId()
            .equals(delivered.businessOrganisationId())) {
      LOG.info(
          () ->
              delivered.through()
                  + " "
                  + delivered.uptakeId()
                  + " names commitment "
                  + delivered.commitmentId()
                  + ", which is not a KPI of a contract of the delivering business; not recorded as evidence");
      return;
    }
    pledgeEvidence.record(
        new PledgeEvidence(
            delivered.uptakeId(),
            commitment.id(),
            commitment.contract().id(),
            delivered.listingId(),
            delivered.listingTitle(),
            delivered.supportType().name(),
            delivered.unit(),
            delivered.vcfseOrganisationId(),
            delivered.businessOrganisationId(),
            delivered.deliveredQuantity(),
            delivered.note(),
            delivered.deliveredAt()));
  }
}
