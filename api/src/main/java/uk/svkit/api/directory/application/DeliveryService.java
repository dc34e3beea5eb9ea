package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import uk.svkit.api.directory.domain.Delivery;
import uk.svkit.api.directory.domain.DeliveryAnswered;
import uk.svkit.api.directory.domain.DeliveryRepository;
import uk.svkit.api.directory.domain.DeliveryStatus;
import uk.svkit.api.directory.domain.SupportDelivered;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;

/**
 * The receiving VCFSE's word on delivered support, for pledges and offer claims alike: every
 * delivery a business records waits for the VCFSE, which confirms, adjusts or disputes it. Each
 * answer that changes something raises {@link DeliveryAnswered}, so a delivery naming a contract
 * KPI counts towards it exactly as far as the VCFSE confirmed it.
 */
@ApplicationScoped
public class DeliveryService {
  @Inject DeliveryRepository deliveries;
  @Inject EventRecorder events;
  @Inject Event<DeliveryAnswered> answers;
  @Inject Clock clock;

  /**
   * Called by the noticeboard in the transaction that records a delivery: the delivery now waits
   * for its VCFSE.
   */
  public void recorded(SupportDelivered delivered) {
    Delivery delivery = deliveries.add(new Delivery(delivered));
    told(EventTypes.DELIVERY_RECORDED, delivery);
  }

  public Delivery get(String deliveryId) {
    return deliveries.find(deliveryId);
  }

  /**
   * The caller's organisation's deliveries on one side, as {@link DeliveryRepository#list}. Without
   * a side, a VCFSE sees what it received (to confirm) and anyone else what it delivered.
   */
  public List<Delivery> list(
      Delivery.Side side,
      DeliveryStatus status,
      OffsetDateTime afterTime,
      String afterId,
      int fetch) {
    Caller caller = Tenancy.caller();
    Delivery.Side chosen =
        side != null
            ? side
            : caller.roles().contains(Roles.VCFSE) ? Delivery.Side.VCFSE : Delivery.Side.BUSINESS;
    String org = caller.organisationId();
    if (org == null) {
      throw ProblemException.forbidden("Deliveries are listed for an organisation; act as one.");
    }
    return deliveries.list(org, chosen, status, afterTime, afterId, fetch);
  }

  /**
   * The receiving VCFSE answers (or changes its answer). Repeating the answer it already gave
   * changes nothing and needs no fresh ETag, so a retried request is harmless; any other answer
   * needs the ETag of the VCFSE's last read ({@code expectedVersion}, read only then: 428 without
   * it, 412 if stale).
   */
  @Transactional
  public Delivery answer(String deliveryId, LongSupplier expectedVersion, Delivery.Answer answer) {
    Caller caller = Tenancy.caller();
    Delivery delivery = deliveries.find(deliveryId);
    if (!delivery.vcfseOrganisationId().equals(caller.organisationId())) {
      throw ProblemException.forbidden(
          "Only the VCFSE that received the support confirms, adjusts or disputes its delivery.");
    }
    if (delivery.alreadySays(answer)) {
      return delivery;
    }
    Versions.requireCurrent(expectedVersion.getAsLong(), delivery.version());
    if (!delivery.answer(answer, caller.subject(), Timestamps.now(clock))) {
      return delivery;
    }
    Delivery stored = deliveries.store(delivery);
    if (stored.commitmentId() != null) {
      answers.fire(DeliveryAnswered.of(stored));
    }
    told(
        stored.status() == DeliveryStatus.DISPUTED
            ? EventTypes.DELIVERY_DISPUTED
            : EventTypes.DELIVERY_CONFIRMED,
        stored);
    return stored;
  }

  /** Tells the VCFSE and the business of a delivery's step. */
  private void told(String type, Delivery d) {
    events.record(
        type,
        "directory/deliveries/" + d.id(),
        EventRecorder.data(
            "deliveryId", d.id(),
            "through", d.through(),
            "listingId", d.listingId(),
            "vcfseOrganisationId", d.vcfseOrganisationId(),
            "supplierOrganisationId", d.businessOrganisationId(),
            "commitmentId", d.commitmentId(),
            "deliveredQuantity", d.deliveredQuantity(),
            "deliveredAt", d.deliveredAt(),
            "status", d.status(),
            "acceptedQuantity", d.acceptedQuantity(),
            "reason", d.reason()),
        d.vcfseOrganisationId(),
        d.businessOrganisationId());
  }
}
