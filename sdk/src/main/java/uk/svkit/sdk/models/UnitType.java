package uk.svkit.sdk.models;

import java.util.List;

/**
 * The kind of quantity a measure counts: full-time equivalents, people, hours, weeks, money (GBP),
 * tonnes of CO2e, counts, percentages, or free text.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class UnitType extends ExtensibleEnum {

  /** The {@code FTE} value. */
  public static final UnitType FTE = new UnitType("FTE");

  /** The {@code PEOPLE} value. */
  public static final UnitType PEOPLE = new UnitType("PEOPLE");

  /** The {@code HOURS} value. */
  public static final UnitType HOURS = new UnitType("HOURS");

  /** The {@code WEEKS} value. */
  public static final UnitType WEEKS = new UnitType("WEEKS");

  /** The {@code GBP} value. */
  public static final UnitType GBP = new UnitType("GBP");

  /** The {@code TCO2E} value. */
  public static final UnitType TCO2E = new UnitType("TCO2E");

  /** The {@code COUNT} value. */
  public static final UnitType COUNT = new UnitType("COUNT");

  /** The {@code PERCENT} value. */
  public static final UnitType PERCENT = new UnitType("PERCENT");

  /** The {@code TEXT} value. */
  public static final UnitType TEXT = new UnitType("TEXT");

  private static final List<UnitType> KNOWN =
      List.of(FTE, PEOPLE, HOURS, WEEKS, GBP, TCO2E, COUNT, PERCENT, TEXT);

  private UnitType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "HOURS"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static UnitType fromString(String value) {
    return lookup(value, KNOWN, UnitType::new, UnitType.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<UnitType> values() {
    return KNOWN;
  }
}
