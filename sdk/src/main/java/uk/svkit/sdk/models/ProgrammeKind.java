package uk.svkit.sdk.models;

import java.util.List;

/**
 * What kind of recognition a programme gives: {@code CHARTER}, {@code PLEDGE} and {@code
 * ANCHOR_FRAMEWORK} are signed; an {@code AWARD_SCHEME} is applied for and judged.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.1.0
 */
public final class ProgrammeKind extends ExtensibleEnum {

  /** The {@code CHARTER} value. */
  public static final ProgrammeKind CHARTER = new ProgrammeKind("CHARTER");

  /** The {@code PLEDGE} value. */
  public static final ProgrammeKind PLEDGE = new ProgrammeKind("PLEDGE");

  /** The {@code ANCHOR_FRAMEWORK} value: a framework with pillars and principles. */
  public static final ProgrammeKind ANCHOR_FRAMEWORK = new ProgrammeKind("ANCHOR_FRAMEWORK");

  /** The {@code AWARD_SCHEME} value: judged on themes, valid for a period. */
  public static final ProgrammeKind AWARD_SCHEME = new ProgrammeKind("AWARD_SCHEME");

  private static final List<ProgrammeKind> KNOWN =
      List.of(CHARTER, PLEDGE, ANCHOR_FRAMEWORK, AWARD_SCHEME);

  private ProgrammeKind(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "CHARTER"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ProgrammeKind fromString(String value) {
    return lookup(value, KNOWN, ProgrammeKind::new, ProgrammeKind.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<ProgrammeKind> values() {
    return KNOWN;
  }
}
