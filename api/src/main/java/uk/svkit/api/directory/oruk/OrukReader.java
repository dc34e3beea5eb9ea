package uk.svkit.api.directory.oruk;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.svkit.api.directory.application.DirectoryImportService.ProfileImport;
import uk.svkit.api.directory.application.ProfileService;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.organisation.domain.OrgIdentifier;
import uk.svkit.api.platform.problem.Problem;

/**
 * Reads an Open Referral UK document into directory imports: svkit's own dataset ({@code
 * organizations} plus {@code services}, as {@code GET /oruk/dataset} writes it), or a page of fully
 * nested services from another ORUK API ({@code contents}, or {@code services}, each carrying its
 * {@code organization}).
 *
 * <p>Each organization needs an org-id {@code organization_identifier} (scheme and identifier, e.g.
 * {@code GB-CHC} and {@code 1234567}): it is how organisations are matched. Its services give the
 * profile's themes (terms of the {@code svkit-themes} taxonomy; terms of other taxonomies are
 * ignored), places served ({@code service_areas} carrying an ONS local authority code as {@code
 * extent} or at the end of {@code uri}; areas without one are ignored), base postcode (the first
 * location with a {@code postcode} external identifier or a postal code) and contacts. An
 * organization without services keeps its profile's themes, places and base. Problems are named by
 * JSON pointer ({@code /organizations/2/name}).
 */
public final class OrukReader {
  public static final int MAX_ORGANIZATIONS = 5000;
  private static final Pattern ONS_CODE = Pattern.compile("[ENSW]\\d{8}");

  private final OrukVocabulary vocabulary;

  public OrukReader(OrukVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The rows to import, and problems of the document as a whole. */
  public record Read(List<ProfileImport> rows, List<Problem.FieldError> fileProblems) {}

  private record Located(JsonObject json, String pointer) {}

  public Read read(JsonObject document) {
    List<Problem.FieldError> fileProblems = new ArrayList<>();
    Map<String, Located> organizations = new LinkedHashMap<>();
    List<Located> anonymous = new ArrayList<>();
    List<JsonObject> orgs = OrukJson.objects(document, "organizations");
    for (int i = 0; i < orgs.size(); i++) {
      add(organizations, anonymous, new Located(orgs.get(i), "/organizations/" + i));
    }
    String servicesKey = document.containsKey("services") ? "services" : "contents";
    List<JsonObject> services = OrukJson.objects(document, servicesKey);
    Map<String, List<Located>> servicesByOrganization = new LinkedHashMap<>();
    for (int i = 0; i < services.size(); i++) {
      String pointer = "/" + servicesKey + "/" + i;
      JsonObject service = services.get(i);
      JsonObject nested = OrukJson.object(service, "organization");
      String organizationId = OrukJson.text(service, "organization_id");
      if (nested != null) {
        organizationId = organizationId == null ? OrukJson.text(nested, "id") : organizationId;
        if (organizationId == null || !organizations.containsKey(organizationId)) {
          add(organizations, anonymous, new Located(nested, pointer + "/organization"));
        }
      }
      if (organizationId == null || !organizations.containsKey(organizationId)) {
        fileProblems.add(
            new Problem.FieldError(
                pointer + "/organization_id", "names no organization in this document"));
        continue;
      }
      servicesByOrganization
          .computeIfAbsent(organizationId, k -> new ArrayList<>())
          .add(new Located(service, pointer));
    }
    List<Located> all = new ArrayList<>(organizations.values());
    all.addAll(anonymous);
    if (all.isEmpty()) {
      fileProblems.add(
          new Problem.FieldError(
              "/organizations", "the document has no organizations (nor services carrying one)"));
    } else if (all.size() > MAX_ORGANIZATIONS) {
      fileProblems.add(
          new Problem.FieldError(
              "/organizations",
              "more than " + MAX_ORGANIZATIONS + " organizations; split the document"));
      return new Read(List.of(), fileProblems);
    }
    List<ProfileImport> rows = new ArrayList<>();
    for (Located org : all) {
      String id = OrukJson.text(org.json(), "id");
      rows.add(
          row(org, id == null ? List.of() : servicesByOrganization.getOrDefault(id, List.of())));
    }
    return new Read(rows, fileProblems);
  }

  private static void add(
      Map<String, Located> organizations, List<Located> anonymous, Located org) {
    String id = OrukJson.text(org.json(), "id");
    if (id == null) {
      anonymous.add(org);
    } else {
      organizations.putIfAbsent(id, org);
    }
  }

  private ProfileImport row(Located org, List<Located> services) {
    String at = org.pointer() + "/";
    JsonObject o = org.json();
    List<Problem.FieldError> problems = new ArrayList<>();
    String name = OrukJson.text(o, "name");
    if (name == null) {
      problems.add(new Problem.FieldError(at + "name", "is required"));
    } else if (name.length() > 300) {
      problems.add(new Problem.FieldError(at + "name", "is longer than 300 characters"));
    }
    String description = OrukJson.text(o, "description");
    if (description != null && description.length() > 4000) {
      problems.add(new Problem.FieldError(at + "description", "is longer than 4000 characters"));
    }
    String website = OrukJson.text(o, "website");
    if (website != null && website.length() > 500) {
      problems.add(new Problem.FieldError(at + "website", "is longer than 500 characters"));
    }
    String[] identifier = identifier(o, at, problems);
    LegalForm form = null;
    IncomeBand band = null;
    List<JsonObject> attributes = OrukJson.objects(o, "attributes");
    for (int i = 0; i < attributes.size(); i++) {
      JsonObject term = OrukJson.object(attributes.get(i), "taxonomy_term");
      String where = at + "attributes/" + i + "/taxonomy_term";
      String formCode = vocabulary.codeOf(term, OrukVocabulary.LEGAL_FORMS).orElse(null);
      String bandCode = vocabulary.codeOf(term, OrukVocabulary.INCOME_BANDS).orElse(null);
      if ("".equals(formCode) || "".equals(bandCode)) {
        problems.add(new Problem.FieldError(where, "is not a term of its svkit taxonomy"));
      } else if (formCode != null) {
        form = LegalForm.valueOf(formCode);
      } else if (bandCode != null) {
        band = IncomeBand.valueOf(bandCode);
      }
    }
    Set<String> themes = services.isEmpty() ? null : new LinkedHashSet<>();
    Set<String> places = services.isEmpty() ? null : new LinkedHashSet<>();
    String postcode = null;
    String postcodeField = null;
    List<ProfileService.ContactInput> contacts = new ArrayList<>();
    for (Located service : services) {
      String sat = service.pointer() + "/";
      List<JsonObject> serviceAttributes = OrukJson.objects(service.json(), "attributes");
      for (int i = 0; i < serviceAttributes.size(); i++) {
        String code =
            vocabulary
                .codeOf(
                    OrukJson.object(serviceAttributes.get(i), "taxonomy_term"),
                    OrukVocabulary.THEMES)
                .orElse(null);
        if ("".equals(code)) {
          problems.add(
              new Problem.FieldError(
                  sat + "attributes/" + i + "/taxonomy_term",
                  "is not a theme of the svkit-themes taxonomy"));
        } else if (code != null) {
          themes.add(code);
        }
      }
      for (JsonObject area : OrukJson.objects(service.json(), "service_areas")) {
        String code = onsCode(area);
        if (code != null) {
          places.add(code);
        }
      }
      List<JsonObject> atLocations = OrukJson.objects(service.json(), "service_at_locations");
      for (int i = 0; i < atLocations.size() && postcode == null; i++) {
        JsonObject location = OrukJson.object(atLocations.get(i), "location");
        String lat = sat + "service_at_locations/" + i + "/location/";
        if ("postcode".equalsIgnoreCase(OrukJson.text(location, "external_identifier_type"))
            && OrukJson.text(location, "external_identifier") != null) {
          postcode = OrukJson.text(location, "external_identifier");
          postcodeField = lat + "external_identifier";
        } else {
          List<JsonObject> addresses = OrukJson.objects(location, "addresses");
          for (int a = 0; a < addresses.size() && postcode == null; a++) {
            postcode = OrukJson.text(addresses.get(a), "postal_code");
            postcodeField = lat + "addresses/" + a + "/postal_code";
          }
        }
      }
      for (JsonObject contact : OrukJson.objects(service.json(), "contacts")) {
        String contactName = OrukJson.text(contact, "name");
        if (contactName != null && contactName.length() <= 200) {
          contacts.add(
              new ProfileService.ContactInput(
                  contactName, OrukJson.text(contact, "title"), null, null));
        }
      }
    }
    return new ProfileImport(
        at,
        identifier[0],
        identifier[1],
        name,
        form,
        description,
        website,
        band,
        themes,
        places,
        postcode,
        postcodeField,
        contacts,
        problems);
  }

  /**
   * The org-id identifier and the pointer it came from: the first organization_identifier whose
   * scheme svkit supports. Without one the organisation cannot be matched, which is a problem.
   */
  private static String[] identifier(JsonObject o, String at, List<Problem.FieldError> problems) {
    List<JsonObject> identifiers = OrukJson.objects(o, "organization_identifiers");
    String firstProblem = null;
    String firstProblemAt = null;
    for (int i = 0; i < identifiers.size(); i++) {
      JsonObject entry = identifiers.get(i);
      String scheme = OrukJson.text(entry, "identifier_scheme");
      String value = OrukJson.text(entry, "identifier");
      if (value == null) {
        continue;
      }
      String candidate =
          scheme == null
                  || value
                      .toUpperCase(java.util.Locale.ROOT)
                      .startsWith(scheme.toUpperCase(java.util.Locale.ROOT) + "-")
              ? value
              : scheme + "-" + value;
      try {
        return new String[] {
          OrgIdentifier.parse(candidate).toString(), "organization_identifiers/" + i + "/identifier"
        };
      } catch (IllegalArgumentException e) {
        if (firstProblem == null) {
          firstProblem = e.getMessage();
          firstProblemAt = at + "organization_identifiers/" + i + "/identifier";
        }
      }
    }
    problems.add(
        firstProblem != null
            ? new Problem.FieldError(firstProblemAt, firstProblem)
            : new Problem.FieldError(
                at + "organization_identifiers",
                "needs an org-id identifier (identifier_scheme such as GB-CHC, and identifier) to match the organisation by"));
    return new String[] {null, "organization_identifiers"};
  }

  private static String onsCode(JsonObject area) {
    String extent = OrukJson.text(area, "extent");
    if (extent != null && ONS_CODE.matcher(extent).matches()) {
      return extent;
    }
    String uri = OrukJson.text(area, "uri");
    if (uri != null) {
      String last = uri.substring(uri.lastIndexOf('/') + 1);
      if (ONS_CODE.matcher(last).matches()) {
        return last;
      }
    }
    return null;
  }
}
