package uk.svkit.sdk.models;

import java.util.List;

/**
 * The lifecycle status of a framework edition: shipped with svkit, draft, or published.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class EditionStatus extends ExtensibleEnum {

  /** The {@code SHIPPED} value. */
  public static final EditionStatus SHIPPED = new EditionStatus("SHIPPED");

  /** The {@code DRAFT} value. */
  public static final EditionStatus DRAFT = new EditionStatus("DRAFT");

  /** The {@code PUBLISHED} value. */
  public static final EditionStatus PUBLISHED = new EditionStatus("PUBLISHED");

  private static final List<EditionStatus> KNOWN = List.of(SHIPPED, DRAFT, PUBLISHED);

  private EditionStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "PUBLISHED"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static EditionStatus fromString(String value) {
    return lookup(value, KNOWN, EditionStatus::new, EditionStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<EditionStatus> values() {
    return KNOWN;
  }
}
