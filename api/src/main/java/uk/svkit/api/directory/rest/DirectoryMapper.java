package uk.svkit.api.directory.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.svkit.api.directory.application.DirectorySearch;
import uk.svkit.api.directory.application.NeedView;
import uk.svkit.api.directory.application.ProfileService;
import uk.svkit.api.directory.domain.Contact;
import uk.svkit.api.directory.domain.Facets;
import uk.svkit.api.directory.domain.Matcher;
import uk.svkit.api.directory.domain.Need;
import uk.svkit.api.directory.domain.NeedSummary;
import uk.svkit.api.directory.domain.OrganisationSummary;
import uk.svkit.api.directory.domain.Pledge;
import uk.svkit.api.directory.domain.Theme;
import uk.svkit.api.directory.domain.VcfseProfile;

/** Between directory DTOs and the domain. */
final class DirectoryMapper {
  private DirectoryMapper() {}

  static ThemeResponse themeOf(Theme t) {
    ThemeResponse r = new ThemeResponse();
    r.code = t.code();
    r.label = t.label();
    return r;
  }

  static ProfileService.ProfileInput profile(SaveVcfseProfileRequest b) {
    List<ProfileService.ContactInput> contacts =
        b.contacts == null
            ? List.of()
            : b.contacts.stream()
                .map(c -> new ProfileService.ContactInput(c.name, c.role, c.email, c.phone))
                .toList();
    return new ProfileService.ProfileInput(
        b.legalForm,
        b.description,
        b.website,
        b.incomeBand,
        b.themes,
        b.beneficiaryGroups,
        b.placesServed,
        b.basePostcode,
        Boolean.TRUE.equals(b.exactLocationPublic),
        contacts);
  }

  static DirectoryOrganisationResponse organisation(VcfseProfile p, boolean withContacts) {
    DirectoryOrganisationResponse r = new DirectoryOrganisationResponse();
    r.id = p.id();
    r.name = p.name();
    r.identifier = p.identifier();
    r.legalForm = p.legalForm();
    r.description = p.description();
    r.website = p.website();
    r.incomeBand = p.incomeBand();
    r.themes = p.sortedThemes();
    r.beneficiaryGroups = p.sortedBeneficiaryGroups();
    r.placesServed = p.sortedPlacesServed();
    r.base = location(p, withContacts);
    r.exactLocationPublic = p.exactLocationPublic();
    r.verificationStatus = p.verificationStatus();
    r.verifiedAt = p.verifiedAt();
    r.contacts = withContacts ? p.contacts().stream().map(DirectoryMapper::contact).toList() : null;
    r.version = p.version();
    r.createdAt = p.createdAt();
    r.updatedAt = p.updatedAt();
    return r;
  }

  static DirectoryOrganisationHitResponse hit(DirectorySearch.OrganisationHit h) {
    OrganisationSummary o = h.organisation();
    DirectoryOrganisationHitResponse r = new DirectoryOrganisationHitResponse();
    r.id = o.id();
    r.name = o.name();
    r.identifier = o.identifier();
    r.legalForm = o.legalForm();
    r.description = o.description();
    r.website = o.website();
    r.themes = o.themes();
    r.placesServed = o.placesServed();
    r.base = o.base() == null ? null : location(o.base());
    r.verificationStatus = o.verificationStatus();
    r.distanceKm = h.distanceKm();
    r.score = h.score();
    r.openNeedCount = o.openNeeds().size();
    r.openSupportTypes =
        o.openNeeds().stream()
            .map(OrganisationSummary.OpenNeed::supportType)
            .distinct()
            .sorted()
            .toList();
    return r;
  }

  /**
   * A shortlisted organisation: as a search shows it, but counting only the open needs its score
   * considered (those of a wanted support type, if it has any).
   */
  static DirectoryOrganisationHitResponse matched(Matcher.Match m) {
    DirectoryOrganisationHitResponse r =
        hit(new DirectorySearch.OrganisationHit(m.organisation(), m.distanceKm(), 0));
    r.openNeedCount = m.needs().size();
    r.openSupportTypes =
        m.needs().stream().map(NeedSummary::supportType).distinct().sorted().toList();
    return r;
  }

  /** A need as read on its own, without a distance. */
  static NeedResponse need(NeedView view) {
    return need(view.need(), view.organisation(), null, view.today());
  }

  static NeedResponse need(Need n, VcfseProfile organisation, Double distanceKm, LocalDate today) {
    return need(
        NeedSummary.of(n, organisation == null ? null : organisation.name()), distanceKm, today);
  }

  static NeedResponse need(NeedSummary n, Double distanceKm, LocalDate today) {
    NeedResponse r = new NeedResponse();
    r.id = n.id();
    r.organisationId = n.organisationId();
    r.organisationName = n.organisationName();
    r.supportType = n.supportType();
    r.title = n.title();
    r.description = n.description();
    r.quantity = n.quantity();
    r.unit = n.unit();
    r.pledgedQuantity = n.quantity() == null ? null : n.pledgedQuantity();
    r.deliveredQuantity = n.quantity() == null ? null : n.deliveredQuantity();
    r.remainingQuantity = n.remainingQuantity();
    r.placeCode = n.placeCode();
    r.expiresOn = n.expiresOn();
    r.expired = n.isExpired(today);
    r.status = n.status();
    r.distanceKm = distanceKm;
    r.version = n.version();
    r.createdAt = n.createdAt();
    r.updatedAt = n.updatedAt();
    return r;
  }

  static Need.Terms terms(NeedRequest b) {
    return new Need.Terms(
        b.supportType,
        b.title.trim(),
        blankToNull(b.description),
        b.quantity,
        blankToNull(b.unit),
        b.placeCode == null ? null : b.placeCode.trim().toUpperCase(java.util.Locale.ROOT),
        b.expiresOn);
  }

  static PledgeResponse pledge(Pledge p) {
    PledgeResponse r = new PledgeResponse();
    r.id = p.id();
    r.needId = p.needId();
    r.businessOrganisationId = p.ownerOrganisationId();
    r.vcfseOrganisationId = p.needOwnerOrganisationId();
    r.quantity = p.quantity();
    r.note = p.note();
    r.commitmentId = p.commitmentId();
    r.status = p.status();
    r.deliveredQuantity = p.deliveredQuantity();
    r.deliveryNote = p.deliveryNote();
    r.deliveredAt = p.deliveredAt();
    r.version = p.version();
    r.createdAt = p.createdAt();
    return r;
  }

  static DirectoryFacetsResponse facets(Map<String, List<Facets.Count>> facets) {
    DirectoryFacetsResponse r = new DirectoryFacetsResponse();
    r.places = counts(facets.get("places"));
    r.themes = counts(facets.get("themes"));
    r.supportTypes = counts(facets.get("supportTypes"));
    return r;
  }

  private static List<FacetCountResponse> counts(List<Facets.Count> counts) {
    return counts.stream()
        .map(
            c -> {
              FacetCountResponse f = new FacetCountResponse();
              f.value = c.value();
              f.count = c.count();
              return f;
            })
        .toList();
  }

  /** The full postcode for those who may see the contacts; for others, what the VCFSE publishes. */
  private static BaseLocationResponse location(VcfseProfile p, boolean withContacts) {
    return p.latitude() == null
        ? null
        : location(
            new VcfseProfile.Location(
                withContacts ? p.basePostcode() : p.publicPostcode(),
                p.latitude(),
                p.longitude(),
                p.basePlaceCode()));
  }

  private static BaseLocationResponse location(VcfseProfile.Location base) {
    BaseLocationResponse l = new BaseLocationResponse();
    l.postcode = base.postcode();
    l.placeCode = base.placeCode();
    l.latitude = base.latitude();
    l.longitude = base.longitude();
    return l;
  }

  private static VcfseContactResponse contact(Contact c) {
    VcfseContactResponse r = new VcfseContactResponse();
    r.name = c.name();
    r.role = c.role();
    r.email = c.email();
    r.phone = c.phone();
    return r;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
