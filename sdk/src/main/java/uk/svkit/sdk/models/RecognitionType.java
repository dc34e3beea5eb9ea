package uk.svkit.sdk.models;

import java.util.List;

/**
 * What a recognition is: a {@code SIGNATURE} of a charter, pledge or framework, or an {@code
 * AWARD}.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.1.0
 */
public final class RecognitionType extends ExtensibleEnum {

  /** The {@code SIGNATURE} value. */
  public static final RecognitionType SIGNATURE = new RecognitionType("SIGNATURE");

  /** The {@code AWARD} value. */
  public static final RecognitionType AWARD = new RecognitionType("AWARD");

  private static final List<RecognitionType> KNOWN = List.of(SIGNATURE, AWARD);

  private RecognitionType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "SIGNATURE"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static RecognitionType fromString(String value) {
    return lookup(value, KNOWN, RecognitionType::new, RecognitionType.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<RecognitionType> values() {
    return KNOWN;
  }
}
