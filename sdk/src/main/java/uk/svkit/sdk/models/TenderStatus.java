package uk.svkit.sdk.models;

import java.util.List;

/**
 * The status of a tender: {@code OPEN} until its deadline, {@code CLOSED} once the deadline has
 * passed and bids are being evaluated, {@code AWARDED} once the buyer has chosen a bid.
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class TenderStatus extends ExtensibleEnum {

  /** The {@code OPEN} value. */
  public static final TenderStatus OPEN = new TenderStatus("OPEN");

  /** The {@code CLOSED} value. */
  public static final TenderStatus CLOSED = new TenderStatus("CLOSED");

  /** The {@code AWARDED} value. */
  public static final TenderStatus AWARDED = new TenderStatus("AWARDED");

  private static final List<TenderStatus> KNOWN = List.of(OPEN, CLOSED, AWARDED);

  private TenderStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "OPEN"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static TenderStatus fromString(String value) {
    return lookup(value, KNOWN, TenderStatus::new, TenderStatus.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<TenderStatus> values() {
    return KNOWN;
  }
}
