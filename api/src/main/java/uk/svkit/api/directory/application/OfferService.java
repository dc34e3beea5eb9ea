package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.directory.domain.Keyset;
import uk.svkit.api.directory.domain.NeedOrder;
import uk.svkit.api.directory.domain.Offer;
import uk.svkit.api.directory.domain.OfferClaim;
import uk.svkit.api.directory.domain.OfferClaimRepository;
import uk.svkit.api.directory.domain.OfferRepository;
import uk.svkit.api.directory.domain.OfferSummary;
import uk.svkit.api.directory.domain.SupportDelivered;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.directory.domain.VcfseProfileRepository;
import uk.svkit.api.directory.infrastructure.DirectoryIndex;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.geography.domain.PlaceCode;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Offers on the noticeboard, the counterpart of needs and pledges (they share {@link
 * uk.svkit.api.directory.domain.Listing} and {@link uk.svkit.api.directory.domain.Uptake}):
 * businesses (organisations with the supplier role) post and manage offers; VCFSEs with a directory
 * profile claim them in whole or part; the business records what it delivered against each claim. A
 * delivery through a claim that names a contract commitment raises {@link SupportDelivered}, as a
 * pledge's delivery does, so tracking records it as KPI evidence by the same path (and with the
 * same check that the business is that contract's supplier).
 */
@ApplicationScoped
public class OfferService {

  @Inject OfferRepository offers;
  @Inject EventRecorder events;
  @Inject OfferClaimRepository claims;
  @Inject VcfseProfileRepository profiles;
  @Inject OrganisationService organisations;
  @Inject Geography geography;
  @Inject Event<SupportDelivered> deliveries;
  @Inject DeliveryService confirmations;
  @Inject Clock clock;
  @Inject DirectoryIndex index;

  /** What a business offers, as the caller gives it: a place code and/or a postcode to resolve. */
  public record Input(
      SupportType supportType,
      String title,
      String description,
      BigDecimal quantity,
      String unit,
      String placeCode,
      String postcode,
      LocalDate expiresOn) {}

  @Transactional
  public Offer post(Input input) {
    OrganisationRef business =
        ownBusiness("Offers are posted by a business registered as a supplier.");
    Offer.Terms terms = terms(input);
    if (terms.expiresOn().isBefore(today())) {
      throw ProblemException.businessRule("A new offer must expire today or later.");
    }
    return offers.add(new Offer(business.id(), business.name(), terms));
  }

  /**
   * Changes an open or partly taken offer. The expiry may be brought into the past: that ends its
   * listing (and new claims) at once while claims already made stay deliverable.
   */
  @Transactional
  public Offer revise(String offerId, long expectedVersion, Input input) {
    Offer offer = ownOffer(offerId);
    Versions.requireCurrent(expectedVersion, offer.version());
    offer.revise(terms(input));
    return offers.store(offer);
  }

  @Transactional
  public Offer close(String offerId, long expectedVersion) {
    Offer offer = ownOffer(offerId);
    Versions.requireCurrent(expectedVersion, offer.version());
    offer.close();
    return offers.store(offer);
  }

  public Offer get(String offerId) {
    return offers.find(offerId);
  }

  /** A VCFSE claims the offer, in whole ({@code quantity} absent) or in part. */
  @Transactional
  public OfferClaim claim(String offerId, BigDecimal quantity, String note, String commitmentId) {
    String vcfse = Tenancy.caller().organisationId();
    if (vcfse == null || profiles.findVisible(vcfse).isEmpty()) {
      throw ProblemException.businessRule(
          "Offers are claimed by a VCFSE with a directory profile; write your profile first.");
    }
    Offer offer = offers.find(offerId);
    if (offer.ownerOrganisationId().equals(vcfse)) {
      throw ProblemException.businessRule("An organisation cannot claim its own offer.");
    }
    BigDecimal amount = offer.acceptClaim(quantity, today());
    offers.store(offer);
    OfferClaim claim = claims.add(new OfferClaim(vcfse, offer, amount, note, commitmentId));
    events.record(
        EventTypes.OFFER_CLAIMED,
        "directory/offers/" + offer.id() + "/claims/" + claim.id(),
        EventRecorder.data(
            "offerId", offer.id(),
            "claimId", claim.id(),
            "supplierOrganisationId", offer.ownerOrganisationId(),
            "vcfseOrganisationId", vcfse,
            "quantity", claim.quantity(),
            "commitmentId", claim.commitmentId()),
        offer.ownerOrganisationId(),
        vcfse);
    return claim;
  }

  public List<OfferClaim> claimsOf(String offerId) {
    offers.find(offerId);
    return claims.ofOffer(offerId);
  }

  /**
   * A claim on this offer that the caller may see (404 otherwise, and for another offer's claim).
   */
  public OfferClaim claimOf(String offerId, String claimId) {
    OfferClaim claim = claims.find(claimId);
    if (!claim.offerId().equals(offerId)) {
      throw ProblemException.notFound("Offer claim", claimId);
    }
    return claim;
  }

  /**
   * The offering business records what it delivered; the offer is delivered when deliveries cover
   * it.
   */
  @Transactional
  public OfferClaim recordDelivery(
      String offerId,
      String claimId,
      long expectedVersion,
      BigDecimal delivered,
      String note,
      String commitmentId) {
    OfferClaim claim = claimOf(offerId, claimId);
    NoticeboardRules.requireActingFor(
        claim.offerOwnerOrganisationId(),
        "Only the business that made the offer records its delivery.");
    Versions.requireCurrent(expectedVersion, claim.version());
    BigDecimal amount =
        claim.recordDelivery(delivered, note, commitmentId, OffsetDateTime.now(clock));
    Offer offer = offers.find(claim.offerId());
    offer.recordDelivery(amount);
    offers.store(offer);
    OfferClaim stored = claims.store(claim);
    SupportDelivered support =
        SupportDelivered.of(
            SupportDelivered.Through.OFFER_CLAIM,
            stored,
            offer,
            stored.ownerOrganisationId(),
            offer.ownerOrganisationId());
    if (stored.commitmentId() != null) {
      deliveries.fire(support);
    }
    confirmations.recorded(support);
    return stored;
  }

  // ---- search ------------------------------------------------------------------------------

  /** Orders of offer results: soonest expiry first, newest first, or nearest first. */
  public enum Sort {
    EXPIRY,
    NEWEST,
    DISTANCE
  }

  /** An offer search as the caller gives it, unvalidated. */
  public record Criteria(
      String q,
      SupportType supportType,
      String placeCode,
      String near,
      Double lat,
      Double lon,
      Double radiusKm,
      String businessOrganisationId,
      String sort) {}

  /** An offer found, with its distance from the search centre (if searched near a point). */
  public record Hit(OfferSummary offer, Double distanceKm) {}

  /**
   * Listed offers matching every filter, ordered and paged by {@link Keyset} cursors: the database
   * filters, computes the exact distance, orders and reads one page with what it shows, in one
   * statement ({@link DirectoryIndex}); no transaction to begin or entities to track.
   */
  public List<Keyset.Ranked<Hit>> search(Criteria c, List<String> cursor, int fetch) {
    Distance.Circle centre =
        SearchInput.circle(geography, c.near(), c.lat(), c.lon(), c.radiusKm());
    Sort sort = sort(c.sort(), centre != null);
    List<String> terms = SearchInput.terms(c.q());
    String place = PlaceCode.normalise("placeCode", c.placeCode());
    DirectoryIndex.OfferPage found =
        index.offers(
            new OfferRepository.Query(terms, c.supportType(), place, c.businessOrganisationId()),
            centre,
            today(),
            NeedOrder.valueOf(sort.name()),
            after(cursor),
            fetch);
    List<Keyset.Ranked<Hit>> page = new ArrayList<>();
    for (DirectoryIndex.Row row : found.rows()) {
      Double distance = row.distanceKm() == null ? null : Distance.rounded(row.distanceKm());
      page.add(
          new Keyset.Ranked<>(
              new Hit(found.offers().get(row.id()), distance), row.number(), row.text(), row.id()));
    }
    return page;
  }

  /** The cursor of a result: its sort key. */
  public static List<String> cursorOf(Keyset.Ranked<?> r) {
    return List.of(Double.toString(r.number()), r.text(), r.id());
  }

  private static DirectoryIndex.After after(List<String> cursor) {
    if (cursor == null) {
      return null;
    }
    return new DirectoryIndex.After(
        uk.svkit.api.platform.paging.Cursor.number(cursor.get(0)), cursor.get(1), cursor.get(2));
  }

  private static Sort sort(String name, boolean hasCentre) {
    Sort sort;
    if (name == null || name.isBlank()) {
      sort = hasCentre ? Sort.DISTANCE : Sort.EXPIRY;
    } else {
      try {
        sort = Sort.valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("sort", "must be one of " + Arrays.toString(Sort.values()));
      }
    }
    if (sort == Sort.DISTANCE && !hasCentre) {
      throw ProblemException.invalid("sort", "sorting by distance needs near, or lat and lon");
    }
    return sort;
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** The caller's organisation, if it is a business (supplier role); otherwise 403. */
  private OrganisationRef ownBusiness(String refusal) {
    String id = Tenancy.caller().organisationId();
    OrganisationRef org = id == null ? null : organisations.reference(id).orElse(null);
    if (org == null || !org.hasRole(OrganisationRole.SUPPLIER)) {
      throw ProblemException.forbidden(refusal);
    }
    return org;
  }

  /** The offer, if the caller is its business (or an admin); another organisation gets 403. */
  private Offer ownOffer(String offerId) {
    Offer offer = offers.find(offerId);
    NoticeboardRules.requireActingFor(
        offer.ownerOrganisationId(), "Only the business that posted the offer may change it.");
    return offer;
  }

  /** Validates the input and resolves its postcode; the postcode's place is the default place. */
  private Offer.Terms terms(Input in) {
    String place =
        PlaceCode.normalise("placeCode", in.placeCode() == null ? null : in.placeCode().trim());
    NoticeboardRules.checkListing(place, in.unit(), in.quantity());
    Offer.Location location = new Offer.Location(place, null, null, null);
    if (in.postcode() != null) {
      Geography.ResolvedPostcode resolved = geography.resolvePostcode("postcode", in.postcode());
      location =
          new Offer.Location(
              place != null ? place : resolved.placeCode(),
              resolved.postcode(),
              resolved.latitude(),
              resolved.longitude());
    }
    return new Offer.Terms(
        in.supportType(),
        in.title(),
        in.description(),
        in.quantity(),
        in.unit(),
        location,
        in.expiresOn());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
