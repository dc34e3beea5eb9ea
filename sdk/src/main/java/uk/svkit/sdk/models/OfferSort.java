package uk.svkit.sdk.models;

import java.util.List;

/**
 * Orders of offer search results: soonest expiry, newest, or nearest. An extensible enumeration:
 * values this SDK version does not know are kept, not rejected.
 */
public final class OfferSort extends ExtensibleEnum {

  /** EXPIRY. */
  public static final OfferSort EXPIRY = new OfferSort("EXPIRY");

  /** NEWEST. */
  public static final OfferSort NEWEST = new OfferSort("NEWEST");

  /** DISTANCE. */
  public static final OfferSort DISTANCE = new OfferSort("DISTANCE");

  private static final List<OfferSort> KNOWN = List.of(EXPIRY, NEWEST, DISTANCE);

  private OfferSort(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static OfferSort fromString(String value) {
    return lookup(value, KNOWN, OfferSort::new, OfferSort.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<OfferSort> values() {
    return KNOWN;
  }
}
