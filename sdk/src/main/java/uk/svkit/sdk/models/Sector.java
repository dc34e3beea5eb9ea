package uk.svkit.sdk.models;

import java.util.List;

/**
 * The sector an organisation signs or applies as; lists of signatories and award holders filter by
 * it.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 *
 * @since 0.1.0
 */
public final class Sector extends ExtensibleEnum {

  /** The {@code NHS} value. */
  public static final Sector NHS = new Sector("NHS");

  /** The {@code LOCAL_AUTHORITY} value. */
  public static final Sector LOCAL_AUTHORITY = new Sector("LOCAL_AUTHORITY");

  /** The {@code INTEGRATED_CARE_BOARD} value. */
  public static final Sector INTEGRATED_CARE_BOARD = new Sector("INTEGRATED_CARE_BOARD");

  /** The {@code VCFSE} value: voluntary, community, faith and social enterprise. */
  public static final Sector VCFSE = new Sector("VCFSE");

  /** The {@code EMERGENCY_SERVICES} value. */
  public static final Sector EMERGENCY_SERVICES = new Sector("EMERGENCY_SERVICES");

  /** The {@code EDUCATION} value. */
  public static final Sector EDUCATION = new Sector("EDUCATION");

  /** The {@code HOUSING} value. */
  public static final Sector HOUSING = new Sector("HOUSING");

  /** The {@code PRIVATE} value: the private sector. */
  public static final Sector PRIVATE = new Sector("PRIVATE");

  /** The {@code OTHER} value. */
  public static final Sector OTHER = new Sector("OTHER");

  private static final List<Sector> KNOWN =
      List.of(
          NHS,
          LOCAL_AUTHORITY,
          INTEGRATED_CARE_BOARD,
          VCFSE,
          EMERGENCY_SERVICES,
          EDUCATION,
          HOUSING,
          PRIVATE,
          OTHER);

  private Sector(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "NHS"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static Sector fromString(String value) {
    return lookup(value, KNOWN, Sector::new, Sector.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<Sector> values() {
    return KNOWN;
  }
}
