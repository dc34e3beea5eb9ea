package uk.svkit.sdk.models;

import java.util.List;

/**
 * Orders of need search results: soonest expiry, newest, or nearest. An extensible enumeration:
 * values this SDK version does not know are kept, not rejected.
 */
public final class NeedSort extends ExtensibleEnum {

  /** EXPIRY. */
  public static final NeedSort EXPIRY = new NeedSort("EXPIRY");

  /** NEWEST. */
  public static final NeedSort NEWEST = new NeedSort("NEWEST");

  /** DISTANCE. */
  public static final NeedSort DISTANCE = new NeedSort("DISTANCE");

  private static final List<NeedSort> KNOWN = List.of(EXPIRY, NEWEST, DISTANCE);

  private NeedSort(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static NeedSort fromString(String value) {
    return lookup(value, KNOWN, NeedSort::new, NeedSort.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<NeedSort> values() {
    return KNOWN;
  }
}
