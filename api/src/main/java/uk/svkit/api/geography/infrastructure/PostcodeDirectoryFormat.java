package uk.svkit.api.geography.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.api.geography.domain.PlaceCode;

/**
 * How a postcode directory CSV in the ONS Postcode Directory (ONSPD) layout is read. Columns are
 * found by their header names, case-insensitively, in any order, among any number of others:
 *
 * <ul>
 *   <li>postcode: {@code pcds} (ONSPD's "one space" form), else {@code pcd} or {@code pcd2}
 *       (fixed-width forms; spacing is normalised either way);
 *   <li>{@code lat} and {@code long}: WGS84 degrees;
 *   <li>local authority: {@code oslaua} (ONSPD up to 2024), else a {@code ladYYcd} column such as
 *       {@code lad25cd} (later editions); may be empty.
 * </ul>
 *
 * ONSPD gives postcodes without a grid reference latitude 99.999999 (and longitude 0): those rows
 * are {@linkplain Row#skipped() skipped}, not errors, as are rows with both coordinates empty.
 */
public final class PostcodeDirectoryFormat {
  /** ONSPD's latitude for "no grid reference". */
  static final double NO_COORDINATES_LAT = 99.999999;

  private static final Pattern FULL_POSTCODE =
      Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");
  private static final Pattern LAD_COLUMN = Pattern.compile("lad[0-9]{2}cd");

  private final int postcode;
  private final int lat;
  private final int lon;
  private final int place;
  private final String postcodeName;
  private final String placeName;

  private PostcodeDirectoryFormat(
      int postcode, String postcodeName, int lat, int lon, int place, String placeName) {
    this.postcode = postcode;
    this.postcodeName = postcodeName;
    this.lat = lat;
    this.lon = lon;
    this.place = place;
    this.placeName = placeName;
  }

  /**
   * The layout of a file with this header row.
   *
   * @throws IllegalArgumentException listing the missing columns
   */
  public static PostcodeDirectoryFormat of(List<String> header) {
    List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    String postcodeName = first(names, "pcds", "pcd", "pcd2");
    String placeName =
        names.contains("oslaua")
            ? "oslaua"
            : names.stream().filter(n -> LAD_COLUMN.matcher(n).matches()).findFirst().orElse(null);
    List<String> missing = new ArrayList<>();
    if (postcodeName == null) {
      missing.add("pcds (or pcd)");
    }
    if (!names.contains("lat")) {
      missing.add("lat");
    }
    if (!names.contains("long")) {
      missing.add("long");
    }
    if (placeName == null) {
      missing.add("oslaua (or ladYYcd)");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing column " + String.join(", ", missing));
    }
    return new PostcodeDirectoryFormat(
        names.indexOf(postcodeName),
        postcodeName,
        names.indexOf("lat"),
        names.indexOf("long"),
        names.indexOf(placeName),
        placeName);
  }

  private static String first(List<String> names, String... candidates) {
    for (String c : candidates) {
      if (names.contains(c)) {
        return c;
      }
    }
    return null;
  }

  /** A row read: a postcode to store, a row to skip, or the problems found (by column name). */
  public record Row(Entry entry, boolean skipped, List<Problem> problems) {}

  /** A postcode to store. */
  public record Entry(String postcode, double latitude, double longitude, String placeCode) {}

  /** What is wrong with one column of a row. */
  public record Problem(String column, String message) {}

  /** Reads one data row. */
  public Row read(List<String> fields) {
    List<Problem> problems = new ArrayList<>();
    String rawPostcode = field(fields, postcode);
    Optional<String> normalised = normalise(rawPostcode);
    if (normalised.isEmpty()) {
      problems.add(
          new Problem(
              postcodeName,
              rawPostcode.isEmpty()
                  ? "is empty"
                  : "'" + clip(rawPostcode) + "' is not a UK postcode"));
    }
    String rawLat = field(fields, lat);
    String rawLon = field(fields, lon);
    if (rawLat.isEmpty() && rawLon.isEmpty()) {
      return problems.isEmpty() ? new Row(null, true, List.of()) : new Row(null, false, problems);
    }
    Double latitude = number(rawLat, "lat", 90, problems);
    Double longitude = number(rawLon, "long", 180, problems);
    if (latitude != null && latitude == NO_COORDINATES_LAT) {
      return problems.isEmpty() ? new Row(null, true, List.of()) : new Row(null, false, problems);
    }
    String placeCode = field(fields, place).toUpperCase(Locale.ROOT);
    if (!placeCode.isEmpty() && !PlaceCode.isOnsShaped(placeCode)) {
      problems.add(
          new Problem(
              placeName, "'" + clip(placeCode) + "' is not an ONS area code such as E08000015"));
    }
    if (!problems.isEmpty()) {
      return new Row(null, false, problems);
    }
    return new Row(
        new Entry(normalised.get(), latitude, longitude, placeCode.isEmpty() ? null : placeCode),
        false,
        List.of());
  }

  /**
   * A full postcode in its stored form, upper case with one space before the inward code, from any
   * spacing ({@code ch415ab}, {@code CH41 5AB}, {@code "CH415AB"}, ONSPD's {@code "L1 0AA"}).
   */
  public static Optional<String> normalise(String postcode) {
    String compact =
        postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    Matcher m = FULL_POSTCODE.matcher(compact);
    return m.matches() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
  }

  private static Double number(String raw, String column, double bound, List<Problem> problems) {
    try {
      double value = Double.parseDouble(raw);
      if (!Double.isFinite(value) || Math.abs(value) > bound && value != NO_COORDINATES_LAT) {
        problems.add(
            new Problem(column, "must be between -" + (int) bound + " and " + (int) bound));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(
          new Problem(column, raw.isEmpty() ? "is empty" : "'" + clip(raw) + "' is not a number"));
      return null;
    }
  }

  private static String field(List<String> fields, int index) {
    return index < fields.size() ? fields.get(index).trim() : "";
  }

  private static String clip(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
