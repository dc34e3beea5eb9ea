package uk.svkit.sdk.models;

import java.util.List;

/**
 * The kind of a node in a framework edition's tree, such as a PPN 06/20 theme or outcome.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class FrameworkElementKind extends ExtensibleEnum {

  /** The {@code THEME} value. */
  public static final FrameworkElementKind THEME = new FrameworkElementKind("THEME");

  /** The {@code MISSION} value. */
  public static final FrameworkElementKind MISSION = new FrameworkElementKind("MISSION");

  /** The {@code PILLAR} value. */
  public static final FrameworkElementKind PILLAR = new FrameworkElementKind("PILLAR");

  /** The {@code OUTCOME} value. */
  public static final FrameworkElementKind OUTCOME = new FrameworkElementKind("OUTCOME");

  /** The {@code CRITERION} value. */
  public static final FrameworkElementKind CRITERION = new FrameworkElementKind("CRITERION");

  private static final List<FrameworkElementKind> KNOWN =
      List.of(THEME, MISSION, PILLAR, OUTCOME, CRITERION);

  private FrameworkElementKind(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "THEME"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static FrameworkElementKind fromString(String value) {
    return lookup(value, KNOWN, FrameworkElementKind::new, FrameworkElementKind.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<FrameworkElementKind> values() {
    return KNOWN;
  }
}
