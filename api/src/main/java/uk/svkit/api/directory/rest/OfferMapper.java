package uk.svkit.api.directory.rest;

import java.time.LocalDate;
import uk.svkit.api.directory.application.OfferService;
import uk.svkit.api.directory.domain.Offer;
import uk.svkit.api.directory.domain.OfferClaim;
import uk.svkit.api.directory.domain.OfferSummary;

/** Offers and claims between the API's bodies and the domain. */
final class OfferMapper {
  private OfferMapper() {}

  static OfferService.Input input(OfferRequest b) {
    return new OfferService.Input(
        b.supportType,
        b.title.trim(),
        blankToNull(b.description),
        b.quantity,
        blankToNull(b.unit),
        blankToNull(b.placeCode),
        blankToNull(b.postcode),
        b.expiresOn);
  }

  static OfferResponse offer(Offer o, Double distanceKm, LocalDate today) {
    return offer(OfferSummary.of(o), distanceKm, today);
  }

  static OfferResponse offer(OfferSummary o, Double distanceKm, LocalDate today) {
    OfferResponse r = new OfferResponse();
    r.id = o.id();
    r.organisationId = o.organisationId();
    r.organisationName = o.businessName();
    r.supportType = o.supportType();
    r.title = o.title();
    r.description = o.description();
    r.quantity = o.quantity();
    r.unit = o.unit();
    r.claimedQuantity = o.quantity() == null ? null : o.claimedQuantity();
    r.deliveredQuantity = o.quantity() == null ? null : o.deliveredQuantity();
    r.remainingQuantity = o.remainingQuantity();
    r.placeCode = o.placeCode();
    r.postcode = o.postcode();
    r.latitude = o.latitude();
    r.longitude = o.longitude();
    r.expiresOn = o.expiresOn();
    r.expired = o.isExpired(today);
    r.status = o.status();
    r.claimCount = o.claimCount();
    r.distanceKm = distanceKm;
    r.version = o.version();
    r.createdAt = o.createdAt();
    r.updatedAt = o.updatedAt();
    return r;
  }

  static ClaimResponse claim(OfferClaim c) {
    ClaimResponse r = new ClaimResponse();
    r.id = c.id();
    r.offerId = c.offerId();
    r.vcfseOrganisationId = c.ownerOrganisationId();
    r.businessOrganisationId = c.offerOwnerOrganisationId();
    r.quantity = c.quantity();
    r.note = c.note();
    r.commitmentId = c.commitmentId();
    r.status = c.status();
    r.deliveredQuantity = c.deliveredQuantity();
    r.deliveryNote = c.deliveryNote();
    r.deliveredAt = c.deliveredAt();
    r.version = c.version();
    r.createdAt = c.createdAt();
    return r;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
