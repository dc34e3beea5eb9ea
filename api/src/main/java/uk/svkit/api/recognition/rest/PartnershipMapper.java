package uk.svkit.api.recognition.rest;

import java.util.ArrayList;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.rest.FrameworkMapper;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.recognition.application.PartnershipService;
import uk.svkit.api.recognition.domain.Partnership;
import uk.svkit.api.recognition.domain.PartnershipCommitment;
import uk.svkit.api.recognition.domain.PartnershipDelivery;
import uk.svkit.api.recognition.domain.PartnershipSide;

/** Partnerships and their deliveries to their published shapes. */
final class PartnershipMapper {
  private PartnershipMapper() {}

  static PartnershipResponse partnership(PartnershipService.PartnershipView v) {
    Partnership p = v.partnership();
    PartnershipResponse r = new PartnershipResponse();
    r.id = p.id();
    r.businessOrganisationId = p.businessOrganisationId();
    r.businessName = name(v.business());
    r.vcfseOrganisationId = p.vcfseOrganisationId();
    r.vcfseName = name(v.vcfse());
    r.title = p.title();
    r.description = p.description();
    r.startedOn = p.startedOn();
    r.endsOn = p.endsOn();
    r.frameworkCode = v.edition().framework().code();
    r.edition = v.edition().edition();
    r.commitments = new ArrayList<>();
    for (PartnershipCommitment c : p.commitments()) {
      PartnershipCommitmentResponse cr = new PartnershipCommitmentResponse();
      Measure m = v.measures().get(c.measureCode());
      cr.measureCode = c.measureCode();
      cr.measureTitle = m == null ? null : m.title();
      cr.unitLabel = m == null ? null : m.unitLabel();
      cr.targetQuantity = c.targetQuantity();
      cr.confirmedQuantity = c.confirmedQuantity();
      r.commitments.add(cr);
    }
    if (v.value() != null) {
      PartnershipValueResponse value = new PartnershipValueResponse();
      value.proxySetId = v.value().proxySetId();
      value.currency = v.value().currency();
      value.committedValue = v.value().committed();
      value.deliveredValue = v.value().delivered();
      value.trace = v.value().trace().stream().map(FrameworkMapper::term).toList();
      r.value = value;
    }
    r.businessShows = p.businessShows();
    r.vcfseShows = p.vcfseShows();
    r.shownPublicly = p.isPublic();
    r.createdAt = p.createdAt();
    r.updatedAt = p.updatedAt();
    return r;
  }

  static DeliveryResponse delivery(PartnershipDelivery d) {
    DeliveryResponse r = new DeliveryResponse();
    r.id = d.id();
    r.partnershipId = d.partnershipId();
    r.measureCode = d.measureCode();
    r.quantity = d.quantity();
    r.deliveredOn = d.deliveredOn();
    r.note = d.note();
    r.status = d.status();
    r.confirmedQuantity = d.confirmedQuantity();
    r.reason = d.reason();
    r.decidedAt = d.decidedAt();
    r.createdAt = d.createdAt();
    return r;
  }

  /** A partnership as an organisation's public recognitions show it. */
  static PublicPartnershipResponse shown(
      PartnershipService.PartnershipView v, String organisationId) {
    Partnership p = v.partnership();
    PartnershipSide side = p.sideOf(organisationId).orElseThrow();
    OrganisationRef partner = side == PartnershipSide.BUSINESS ? v.vcfse() : v.business();
    PublicPartnershipResponse r = new PublicPartnershipResponse();
    r.partnershipId = p.id();
    r.title = p.title();
    r.side = side.name();
    r.partnerOrganisationId =
        side == PartnershipSide.BUSINESS ? p.vcfseOrganisationId() : p.businessOrganisationId();
    r.partnerName = name(partner);
    r.startedOn = p.startedOn();
    r.endsOn = p.endsOn();
    if (v.value() != null) {
      r.deliveredValue = v.value().delivered();
      r.currency = v.value().currency();
    }
    return r;
  }

  private static String name(OrganisationRef ref) {
    return ref == null ? null : ref.name();
  }
}
