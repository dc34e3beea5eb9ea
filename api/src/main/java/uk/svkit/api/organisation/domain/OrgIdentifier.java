package uk.svkit.api.organisation.domain;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An org-id identifier ({@code <scheme>-<id>}, see org-id.guide), checked against its scheme's
 * format. Only UK schemes svkit's users carry are accepted; more can be added to {@link #SCHEMES}.
 */
public final class OrgIdentifier {
  /** Scheme prefix to the format of the registry's own identifier. */
  static final Map<String, Pattern> SCHEMES =
      Map.of(
          // Charity Commission for England and Wales: registered charity number.
          "GB-CHC", Pattern.compile("\\d{6,8}"),
          // OSCR, Scotland: SC followed by six digits.
          "GB-SC", Pattern.compile("SC\\d{6}"),
          // Charity Commission for Northern Ireland: six-digit number.
          "GB-NIC", Pattern.compile("\\d{6}"),
          // Companies House: eight digits, or a two-letter prefix (SC, NI, OC, CE, ...) and six
          // digits.
          "GB-COH", Pattern.compile("\\d{8}|[A-Z]{2}\\d{6}"),
          // Mutuals Public Register: society number with optional letter prefix/suffix (e.g.
          // 12345R, IP30249R).
          "GB-MPR", Pattern.compile("[A-Z]{0,2}\\d{1,6}[A-Z]{0,2}"),
          // Local Authorities for England register: three- or four-letter code (e.g. LIV, WRL).
          "GB-LAE", Pattern.compile("[A-Z]{3,4}"),
          // NHS Organisation Data Service code (e.g. RBL, RQ6, 27D).
          "GB-NHS", Pattern.compile("[A-Z0-9]{3,6}"),
          // Find a Tender / Central Digital Platform PPON (e.g. PBZB-4962-TVLR).
          "GB-PPON", Pattern.compile("[A-Z]{4}-\\d{4}-[A-Z]{4}"));

  private final String scheme;
  private final String id;

  private OrgIdentifier(String scheme, String id) {
    this.scheme = scheme;
    this.id = id;
  }

  /**
   * Parses {@code GB-CHC-1090095}.
   *
   * @throws IllegalArgumentException naming the problem in words a user can act on
   */
  public static OrgIdentifier parse(String value) {
    Objects.requireNonNull(value, "An identifier is required.");
    String trimmed = value.trim().toUpperCase(java.util.Locale.ROOT);
    for (Map.Entry<String, Pattern> scheme : SCHEMES.entrySet()) {
      String prefix = scheme.getKey() + "-";
      if (trimmed.startsWith(prefix)) {
        String id = trimmed.substring(prefix.length());
        if (!scheme.getValue().matcher(id).matches()) {
          throw new IllegalArgumentException(
              "'" + id + "' is not a valid " + scheme.getKey() + " identifier.");
        }
        return new OrgIdentifier(scheme.getKey(), id);
      }
    }
    throw new IllegalArgumentException(
        "'"
            + value
            + "' does not start with a supported org-id scheme ("
            + String.join(", ", SCHEMES.keySet().stream().sorted().toList())
            + ").");
  }

  public String scheme() {
    return scheme;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return scheme + "-" + id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgIdentifier other && scheme.equals(other.scheme) && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, id);
  }
}
