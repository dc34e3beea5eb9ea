package uk.svkit.api.directory.oruk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * The query parameters of ORUK's {@code /services} and {@code /service_at_locations}, as the UK
 * profile's OpenAPI document names them, and the directory filter they make.
 */
public class OrukQuery {
  /** The widest proximity, in metres: like svkit's own radius searches, public work is bounded. */
  static final int MAX_PROXIMITY_METRES = 200_000;

  @Parameter(description = "Free text: every word must match")
  @QueryParam("search")
  @Size(max = 200)
  String search;

  @Parameter(description = "Page number, from 1")
  @QueryParam("page")
  @Min(1)
  @Max(1_000_000)
  Integer page;

  @Parameter(description = "Page size, at most 100")
  @QueryParam("per_page")
  @Min(1)
  Integer perPage;

  @Parameter(description = "A theme term's id or code")
  @QueryParam("taxonomy_term_id")
  @Size(max = 100)
  String taxonomyTermId;

  @Parameter(description = "Services with any term of this taxonomy (ORUK id or name)")
  @QueryParam("taxonomy_id")
  @Size(max = 100)
  String taxonomyId;

  @Parameter(description = "Only this organization's service")
  @QueryParam("organization_id")
  @Size(max = 36)
  String organizationId;

  @Parameter(
      description = "Only services changed on or after this instant (ISO-8601 date-time or date)")
  @QueryParam("modified_after")
  @Size(max = 40)
  String modifiedAfter;

  @Parameter(
      description =
          "A UK postcode or district: with proximity, services based within that many metres of it (nearest"
              + " first); without, services whose areas include its local authority")
  @QueryParam("postcode")
  @Size(max = 10)
  String postcode;

  @Parameter(description = "Metres from the postcode, at most 200000; needs postcode")
  @QueryParam("proximity")
  @Pattern(regexp = "\\d{1,6}(\\.\\d{1,3})?", message = "must be a distance in metres")
  String proximity;

  @Parameter(description = "Every matching service's id and last_modified, as one array")
  @QueryParam("minimal")
  Boolean minimal;

  @Parameter(description = "Fully nested services in the page")
  @QueryParam("full")
  Boolean full;

  @Parameter(description = "json (default) or ndjson: every result, one a line, without paging")
  @QueryParam("format")
  @Pattern(regexp = "(?i)json|ndjson", message = "must be json or ndjson")
  String format;

  @Parameter(description = "svkit records no eligibility ages: any value matches nothing")
  @QueryParam("minimum_age")
  @DecimalMin("0")
  @DecimalMax("150")
  Double minimumAge;

  @Parameter(description = "svkit records no eligibility ages: any value matches nothing")
  @QueryParam("maximum_age")
  @DecimalMin("0")
  @DecimalMax("150")
  Double maximumAge;

  @Parameter(description = "svkit records no schedules: any value matches nothing")
  @QueryParam("start_time")
  @Pattern(regexp = TIME, message = "must be a time such as 09:30")
  String startTime;

  @Parameter(description = "svkit records no schedules: any value matches nothing")
  @QueryParam("end_time")
  @Pattern(regexp = TIME, message = "must be a time such as 17:00")
  String endTime;

  @Parameter(description = "svkit records no schedules: any value matches nothing")
  @QueryParam("day")
  @Size(max = 20)
  String day;

  private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?";

  Integer page() {
    return page;
  }

  Integer perPage() {
    return perPage;
  }

  boolean minimal() {
    return Boolean.TRUE.equals(minimal);
  }

  boolean full() {
    return Boolean.TRUE.equals(full);
  }

  boolean ndjson() {
    return isNdjson(format);
  }

  static boolean isNdjson(String format) {
    return format != null && format.equalsIgnoreCase("ndjson");
  }

  /**
   * The directory filter these parameters make.
   *
   * @param located only services with a location ({@code /service_at_locations})
   */
  OrukDirectory.Filter filter(OrukVocabulary vocabulary, Geography geography, boolean located) {
    OrukDirectory.Filter filter = OrukDirectory.Filter.of(search, null);
    if (taxonomyTermId != null && !taxonomyTermId.isBlank()) {
      OrukVocabulary.Term term = vocabulary.find(taxonomyTermId.trim()).orElse(null);
      filter =
          term == null || !term.taxonomy().equals(OrukVocabulary.THEMES)
              ? filter.matchingNothing()
              : new OrukDirectory.Filter(
                  filter.words(), term.code(), false, null, null, null, null, false, false);
    }
    if (taxonomyId != null && !taxonomyId.isBlank()) {
      // A service's terms are its themes; legal form and income band belong to its organization.
      String taxonomy = vocabulary.taxonomy(taxonomyId.trim()).orElse(null);
      filter =
          OrukVocabulary.THEMES.equals(taxonomy) ? filter.withAnyTheme() : filter.matchingNothing();
    }
    if (organizationId != null && !organizationId.isBlank()) {
      filter = filter.withOrganization(organizationId.trim());
    }
    if (modifiedAfter != null && !modifiedAfter.isBlank()) {
      filter = filter.withModifiedAfter(instant("modified_after", modifiedAfter));
    }
    if (proximity != null && (postcode == null || postcode.isBlank())) {
      throw ProblemException.invalid("proximity", "needs postcode");
    }
    if (postcode != null && !postcode.isBlank()) {
      Geography.ResolvedPostcode at = geography.resolvePostcode("postcode", postcode);
      if (proximity == null) {
        filter = filter.withServesPlace(at.placeCode());
      } else {
        double metres = Double.parseDouble(proximity);
        if (metres <= 0 || metres > MAX_PROXIMITY_METRES) {
          throw ProblemException.invalid(
              "proximity", "must be more than 0 and at most " + MAX_PROXIMITY_METRES + " metres");
        }
        filter =
            filter.withNear(new Distance.Circle(at.latitude(), at.longitude(), metres / 1000.0));
      }
    }
    if (located) {
      filter = filter.withLocation();
    }
    if (minimumAge != null
        || maximumAge != null
        || startTime != null
        || endTime != null
        || (day != null && !day.isBlank())) {
      filter = filter.matchingNothing();
    }
    return filter;
  }

  /** An ISO-8601 instant, or a date (its start, UTC); a 400 naming {@code field} otherwise. */
  static OffsetDateTime instant(String field, String value) {
    String v = value.trim();
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException notADate) {
        throw ProblemException.invalid(
            field, "must be an ISO-8601 date-time such as 2026-01-31T09:00:00Z, or a date");
      }
    }
  }
}
