package uk.svkit.sdk.implementation;

/** ETag helpers. */
public final class ETags {

  private ETags() {}

  /**
   * Returns the ETag in header form. ETags are meant to be passed back exactly as received ({@code
   * "3"}); a bare value such as {@code 3} is quoted rather than sent as an invalid header that the
   * server would never match.
   */
  public static String normalise(String eTag) {
    if (eTag == null) {
      return null;
    }
    String t = eTag.trim();
    if (t.equals("*") || t.startsWith("\"") || t.startsWith("W/\"")) {
      return t;
    }
    return '"' + t + '"';
  }
}
