package uk.svkit.sdk.models;

import java.util.List;

/**
 * A part of a programme: a {@code THEME} an award is judged on, a framework {@code PILLAR}, or a
 * {@code PRINCIPLE}.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.1.0
 */
public final class ProgrammeElementKind extends ExtensibleEnum {

  /** The {@code THEME} value. */
  public static final ProgrammeElementKind THEME = new ProgrammeElementKind("THEME");

  /** The {@code PILLAR} value. */
  public static final ProgrammeElementKind PILLAR = new ProgrammeElementKind("PILLAR");

  /** The {@code PRINCIPLE} value. */
  public static final ProgrammeElementKind PRINCIPLE = new ProgrammeElementKind("PRINCIPLE");

  private static final List<ProgrammeElementKind> KNOWN = List.of(THEME, PILLAR, PRINCIPLE);

  private ProgrammeElementKind(String value) {
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
  public static ProgrammeElementKind fromString(String value) {
    return lookup(value, KNOWN, ProgrammeElementKind::new, ProgrammeElementKind.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<ProgrammeElementKind> values() {
    return KNOWN;
  }
}
