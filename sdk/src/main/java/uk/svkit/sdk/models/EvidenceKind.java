package uk.svkit.sdk.models;

import java.util.List;

/**
 * What an {@link EvidenceRef} points to: a {@code URL}, or a {@code DOCUMENT} held elsewhere and
 * identified by its id and SHA-256 digest.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class EvidenceKind extends ExtensibleEnum {

  /** The {@code URL} value. */
  public static final EvidenceKind URL = new EvidenceKind("URL");

  /** The {@code DOCUMENT} value. */
  public static final EvidenceKind DOCUMENT = new EvidenceKind("DOCUMENT");

  private static final List<EvidenceKind> KNOWN = List.of(URL, DOCUMENT);

  private EvidenceKind(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "URL"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static EvidenceKind fromString(String value) {
    return lookup(value, KNOWN, EvidenceKind::new, EvidenceKind.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<EvidenceKind> values() {
    return KNOWN;
  }
}
