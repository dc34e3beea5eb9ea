package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import uk.svkit.api.directory.domain.DeliveryAnswered;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.ConfirmedDelivery;

/**
 * Hears the VCFSE's answer on a delivery that names a KPI of the delivering business's own
 * contract, and makes what it confirmed count: a return of that KPI at the quantity the VCFSE
 * accepted, which the buyer validates like any other ({@link
 * ReturnService#countConfirmedDelivery}). The supplier's word alone ({@link
 * PledgeEvidenceRecorder}) stays listed evidence that never counts. A delivery naming someone
 * else's KPI is ignored (logged), as there.
 */
@ApplicationScoped
public class ConfirmedDeliveryRecorder {
  private static final Logger LOG = Loggers.of(ConfirmedDeliveryRecorder.class);

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject ReturnService returns;

  void on(@Observes DeliveryAnswered answered) {
    Commitment commitment = em.find(Commitment.class, answered.commitmentId());
    if (commitment == null
        || !commitment
            .contract()
            .supplierOrganisationId()
            .equals(answered.businessOrganisationId())) {
      LOG.info(
          () ->
              "Delivery "
                  + answered.deliveryId()
                  + " names commitment "
                  + answered.commitmentId()
                  + ", which is not a KPI of a contract of the delivering business; not counted");
      return;
    }
    if (answered.countedQuantity() == null) {
      LOG.info(
          () ->
              "Delivery "
                  + answered.deliveryId()
                  + " has no quantity; a KPI return needs one, so it is not counted");
      return;
    }
    ConfirmedDelivery evidence =
        new ConfirmedDelivery(
            answered.deliveryId(),
            answered.through().name(),
            answered.listingId(),
            answered.listingTitle(),
            answered.unit(),
            answered.vcfseOrganisationId(),
            answered.deliveredQuantity(),
            answered.deliveredAt(),
            answered.status().name(),
            answered.countedQuantity(),
            answered.reason(),
            answered.answeredBy(),
            answered.answeredAt());
    returns.countConfirmedDelivery(
        commitment.contract(),
        commitment,
        answered.deliveredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
        answered.countedQuantity(),
        narrative(answered),
        evidence,
        answered.answeredBy());
  }

  /** What the buyer reads on the return: where the support went and what the VCFSE said. */
  private static String narrative(DeliveryAnswered a) {
    String what =
        (a.through() == uk.svkit.api.directory.domain.SupportDelivered.Through.PLEDGE
                ? "Pledge on the need \""
                : "Claim on the offer \"")
            + a.listingTitle()
            + "\": "
            + plain(a.deliveredQuantity())
            + (a.unit() == null ? "" : " " + a.unit())
            + " delivered on "
            + a.deliveredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    String word =
        switch (a.status()) {
          case CONFIRMED -> "confirmed by the VCFSE that received it";
          case ADJUSTED ->
              "the VCFSE that received it accepted "
                  + plain(a.countedQuantity())
                  + " (reason: "
                  + a.reason()
                  + ")";
          case DISPUTED -> "disputed by the VCFSE that received it (reason: " + a.reason() + ")";
          case AWAITING_CONFIRMATION -> "awaiting the VCFSE's confirmation";
        };
    String text = what + "; " + word + ".";
    return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }

  private static String plain(BigDecimal quantity) {
    return quantity == null ? "?" : quantity.stripTrailingZeros().toPlainString();
  }
}
