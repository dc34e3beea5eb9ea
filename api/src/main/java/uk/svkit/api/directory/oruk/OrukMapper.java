package uk.svkit.api.directory.oruk;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import uk.svkit.api.directory.domain.Contact;
import uk.svkit.api.directory.domain.VcfseProfile;

/**
 * A VCFSE profile as Open Referral UK 3.0. The mapping:
 *
 * <ul>
 *   <li>The profile is an ORUK {@code organization} with the profile's (organisation's) id, its
 *       name, description and website; its org-id identifier ({@code GB-CHC-1234567}) becomes an
 *       {@code organization_identifier} (scheme {@code GB-CHC}, identifier {@code 1234567}); its
 *       legal form and income band are {@code attributes} in the taxonomies {@code
 *       svkit-legal-forms} and {@code svkit-income-bands}.
 *   <li>What it does is one {@code service} per profile, with the same id as the organization (ORUK
 *       ids are unique per table), named after it, {@code status} {@code active}: its themes are
 *       {@code attributes} in the {@code svkit-themes} taxonomy, its places served are {@code
 *       service_areas} (ONS local authority code as a {@code text} extent, and the ONS linked-data
 *       URI), its base is a physical {@code location} (the postcode's point, or its district's
 *       centroid, as the profile stores it; postcode as the external identifier) linked by a {@code
 *       service_at_location}.
 *   <li>Contacts are personal data: only callers that may read them (ContactAccess) get the
 *       service's {@code contacts} (name and job title, as ORUK carries them) and its {@code email}
 *       (the first contact's). Beneficiary groups and verification have no ORUK field and are not
 *       exported.
 * </ul>
 */
public final class OrukMapper {
  /** Human names of org-id schemes, for {@code identifier_type}. */
  static final Map<String, String> SCHEME_NAMES =
      Map.of(
          "GB-CHC", "Charity Commission for England and Wales registered charity number",
          "GB-SC", "OSCR Scottish charity number",
          "GB-NIC", "Charity Commission for Northern Ireland charity number",
          "GB-COH", "Companies House company number",
          "GB-MPR", "Mutuals Public Register society number");

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
  static final String ONS_AREA_URI = "http://statistics.data.gov.uk/id/statistical-geography/";

  private final OrukVocabulary vocabulary;
  private final Map<String, String> placeNames;
  private final java.util.function.Predicate<String> contactsFor;

  /**
   * @param placeNames ONS code to place name, for the service areas' names (codes without a name
   *     are named by their code)
   * @param withContacts whether the caller may see every profile's contacts
   */
  public OrukMapper(
      OrukVocabulary vocabulary, Map<String, String> placeNames, boolean withContacts) {
    this(vocabulary, placeNames, id -> withContacts);
  }

  /**
   * @param contactsFor whether the caller may see a profile's contacts, by profile (organisation)
   *     id
   */
  public OrukMapper(
      OrukVocabulary vocabulary,
      Map<String, String> placeNames,
      java.util.function.Predicate<String> contactsFor) {
    this.vocabulary = vocabulary;
    this.placeNames = placeNames;
    this.contactsFor = contactsFor;
  }

  public JsonObject organization(VcfseProfile p) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", p.id())
            .add("name", p.name())
            .add("description", p.description() == null ? "" : p.description());
    OrukJson.put(b, "website", website(p.website()));
    JsonArrayBuilder identifiers = Json.createArrayBuilder();
    int dash = p.identifier().lastIndexOf('-');
    String scheme = p.identifier().substring(0, dash);
    identifiers.add(
        Json.createObjectBuilder()
            .add("id", OrukIds.of("organization_identifier", p.id(), p.identifier()))
            .add("organization_id", p.id())
            .add("identifier_scheme", scheme)
            .add("identifier_type", SCHEME_NAMES.getOrDefault(scheme, scheme))
            .add("identifier", p.identifier().substring(dash + 1)));
    b.add("organization_identifiers", identifiers);
    JsonArrayBuilder attributes = Json.createArrayBuilder();
    vocabulary
        .term(OrukVocabulary.LEGAL_FORMS, p.legalForm().name())
        .ifPresent(t -> attributes.add(attribute(p.id(), "legal_form", t)));
    if (p.incomeBand() != null) {
      vocabulary
          .term(OrukVocabulary.INCOME_BANDS, p.incomeBand().name())
          .ifPresent(t -> attributes.add(attribute(p.id(), "income_band", t)));
    }
    return b.add("attributes", attributes).build();
  }

  /**
   * The one-to-one fields of the profile's service, with its organization, as {@code /services}
   * lists them.
   */
  public JsonObject serviceSummary(VcfseProfile p) {
    return summary(p).add("organization", organization(p)).build();
  }

  /** The fully nested service, as {@code /services/{id}} returns it. */
  public JsonObject service(VcfseProfile p) {
    return nested(summary(p), p).add("organization", organization(p)).build();
  }

  /**
   * The fully nested service without its organization, for the dataset that lists organizations
   * once.
   */
  public JsonObject datasetService(VcfseProfile p) {
    return nested(summary(p), p).build();
  }

  private JsonObjectBuilder summary(VcfseProfile p) {
    String id = OrukIds.service(p.id());
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", id)
            .add("organization_id", p.id())
            .add("name", p.name());
    OrukJson.put(b, "description", p.description());
    OrukJson.put(b, "url", website(p.website()));
    if (contactsFor.test(p.id())) {
      p.contacts().stream()
          .map(Contact::email)
          .filter(e -> e != null && !e.isBlank())
          .findFirst()
          .ifPresent(e -> b.add("email", e));
    }
    b.add("status", "active");
    OffsetDateTime modified = p.updatedAt();
    if (modified != null) {
      b.add(
          "last_modified",
          MILLIS.format(
              modified.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)));
    }
    return b;
  }

  private JsonObjectBuilder nested(JsonObjectBuilder b, VcfseProfile p) {
    String serviceId = OrukIds.service(p.id());
    JsonArrayBuilder areas = Json.createArrayBuilder();
    for (String code : p.sortedPlacesServed()) {
      String name = placeNames.getOrDefault(code, code);
      areas.add(
          Json.createObjectBuilder()
              .add("id", OrukIds.of("service_area", serviceId, code))
              .add("service_id", serviceId)
              .add("name", name)
              .add("service_area", name)
              .add("extent", code)
              .add("extent_type", "text")
              .add("uri", ONS_AREA_URI + code));
    }
    b.add("service_areas", areas);
    JsonArrayBuilder atLocations = Json.createArrayBuilder();
    if (p.basePostcode() != null) {
      String locationId = OrukIds.of("location", p.id());
      JsonObjectBuilder location =
          Json.createObjectBuilder()
              .add("id", locationId)
              .add("location_type", "physical")
              .add("name", p.name() + " (base)")
              .add(
                  "description",
                  p.exactLocationPublic()
                      ? "The organisation's base postcode and its point."
                      : "The organisation's base, at its postcode district's centroid.");
      OrukJson.put(location, "latitude", p.latitude());
      OrukJson.put(location, "longitude", p.longitude());
      location
          .add(
              "external_identifier",
              contactsFor.test(p.id()) ? p.basePostcode() : p.publicPostcode())
          .add("external_identifier_type", "postcode");
      atLocations.add(
          Json.createObjectBuilder()
              .add("id", OrukIds.of("service_at_location", serviceId, locationId))
              .add("service_id", serviceId)
              .add("location_id", locationId)
              .add("location", location));
    }
    b.add("service_at_locations", atLocations);
    JsonArrayBuilder attributes = Json.createArrayBuilder();
    for (String code : p.sortedThemes()) {
      vocabulary
          .term(OrukVocabulary.THEMES, code)
          .ifPresent(t -> attributes.add(attribute(serviceId, "theme", t)));
    }
    b.add("attributes", attributes);
    if (contactsFor.test(p.id())) {
      JsonArrayBuilder contacts = Json.createArrayBuilder();
      for (Contact c : p.contacts()) {
        JsonObjectBuilder contact =
            Json.createObjectBuilder()
                .add("id", OrukIds.of("contact", serviceId, Integer.toString(c.position())))
                .add("service_id", serviceId)
                .add("name", c.name());
        contacts.add(OrukJson.put(contact, "title", c.role()));
      }
      b.add("contacts", contacts);
    }
    return b;
  }

  private JsonObject attribute(String linkId, String linkType, OrukVocabulary.Term term) {
    return Json.createObjectBuilder()
        .add("id", OrukIds.of("attribute", linkId, term.taxonomy(), term.code()))
        .add("link_id", linkId)
        .add("taxonomy_term_id", term.id())
        .add("link_type", linkType)
        .add("taxonomy_term", vocabulary.termJson(term))
        .build();
  }

  /** ORUK's website is a URI; profiles often hold a bare host name ({@code www.example.org}). */
  static String website(String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    String w = website.trim();
    return w.matches("(?i)https?://.*") ? w : "https://" + w;
  }

  /** The paging envelope ORUK's OpenAPI defines, around one page of contents. */
  public static JsonObject page(
      List<JsonObject> contents, long totalItems, int pageNumber, int perPage) {
    int totalPages = (int) ((totalItems + perPage - 1) / perPage);
    JsonArrayBuilder items = Json.createArrayBuilder();
    contents.forEach(items::add);
    return Json.createObjectBuilder()
        .add("total_items", totalItems)
        .add("total_pages", totalPages)
        .add("page_number", pageNumber)
        .add("size", contents.size())
        .add("first_page", pageNumber == 1)
        .add("last_page", pageNumber >= totalPages)
        .add("empty", contents.isEmpty())
        .add("contents", items)
        .build();
  }
}
