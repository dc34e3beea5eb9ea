package uk.svkit.api.directory.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import uk.svkit.api.directory.domain.Distance;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * The words and the area of a search, read and checked the same way for the directory and for
 * offers.
 */
final class SearchInput {
  private static final int MAX_TERMS = 8;

  private SearchInput() {}

  /** The distinct lower-cased words of {@code q} (none for {@code null}); at most eight. */
  static List<String> terms(String q) {
    List<String> terms =
        q == null
            ? List.of()
            : new ArrayList<>(
                new TreeSet<>(
                    Arrays.stream(q.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                        .filter(t -> !t.isEmpty())
                        .toList()));
    if (terms.size() > MAX_TERMS) {
      throw ProblemException.invalid("q", "use at most " + MAX_TERMS + " words");
    }
    return terms;
  }

  /**
   * The circle searched: around a postcode ({@code near}, blank being none) or a point, with the
   * radius given or the default; {@code null} when no centre is given (then no radius either).
   */
  static Distance.Circle circle(
      Geography geography, String near, Double lat, Double lon, Double radiusKm) {
    double radius = radiusKm == null ? DirectorySearch.DEFAULT_RADIUS_KM : radiusKm;
    // Written as "not within" so that NaN, which compares false with everything, is refused too
    // (the strict query-parameter converters refuse it first; callers inside the server may not).
    if (!(radius > 0 && radius <= DirectorySearch.MAX_RADIUS_KM)) {
      throw ProblemException.invalid(
          "radiusKm", "must be more than 0 and at most " + (int) DirectorySearch.MAX_RADIUS_KM);
    }
    if (near != null && !near.isBlank()) {
      if (lat != null || lon != null) {
        throw ProblemException.invalid("near", "give near or lat and lon, not both");
      }
      Geography.ResolvedPostcode resolved = geography.resolvePostcode("near", near);
      return new Distance.Circle(resolved.latitude(), resolved.longitude(), radius);
    }
    if (lat != null || lon != null) {
      if (lat == null || lon == null) {
        throw ProblemException.invalid(lat == null ? "lat" : "lon", "lat and lon go together");
      }
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
        throw ProblemException.invalid("lat", "lat must be within ±90 and lon within ±180");
      }
      return new Distance.Circle(lat, lon, radius);
    }
    if (radiusKm != null) {
      throw ProblemException.invalid("radiusKm", "a radius needs near, or lat and lon");
    }
    return null;
  }
}
