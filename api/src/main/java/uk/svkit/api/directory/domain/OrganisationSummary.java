package uk.svkit.api.directory.domain;

import java.util.List;

/**
 * What a search result shows of an organisation: its profile without contacts or beneficiary
 * groups, and the support type and text of each open need. Searches read it straight from the
 * tables for the one page they show, so a page costs a few small queries whatever it holds.
 */
public record OrganisationSummary(
    String id,
    String name,
    String identifier,
    LegalForm legalForm,
    String description,
    String website,
    VerificationStatus verificationStatus,
    VcfseProfile.Location base,
    List<String> themes,
    List<String> placesServed,
    List<OpenNeed> openNeeds) {

  public OrganisationSummary {
    themes = List.copyOf(themes);
    placesServed = List.copyOf(placesServed);
    openNeeds = List.copyOf(openNeeds);
  }

  /** An open, unexpired need: what kind of support, and its lower-cased text for relevance. */
  public record OpenNeed(SupportType supportType, String searchText) {}

  /** The summary of a profile already loaded, with its open needs. */
  public static OrganisationSummary of(VcfseProfile p, List<Need> openNeeds) {
    VcfseProfile.Location base =
        p.latitude() == null
            ? null
            : new VcfseProfile.Location(
                p.publicPostcode(), p.latitude(), p.longitude(), p.basePlaceCode());
    return new OrganisationSummary(
        p.id(),
        p.name(),
        p.identifier(),
        p.legalForm(),
        p.description(),
        p.website(),
        p.verificationStatus(),
        base,
        p.sortedThemes(),
        p.sortedPlacesServed(),
        openNeeds.stream().map(n -> new OpenNeed(n.supportType(), n.searchText())).toList());
  }
}
