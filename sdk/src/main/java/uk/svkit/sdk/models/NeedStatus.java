package uk.svkit.sdk.models;

import java.util.List;

/**
 * Where a need is in its life: OPEN, PLEDGED (covered by pledges), MET (covered by deliveries),
 * CLOSED. An extensible enumeration: values this SDK version does not know are kept, not rejected.
 */
public final class NeedStatus extends ExtensibleEnum {

  /** OPEN. */
  public static final NeedStatus OPEN = new NeedStatus("OPEN");

  /** PLEDGED. */
  public static final NeedStatus PLEDGED = new NeedStatus("PLEDGED");

  /** MET. */
  public static final NeedStatus MET = new NeedStatus("MET");

  /** CLOSED. */
  public static final NeedStatus CLOSED = new NeedStatus("CLOSED");

  private static final List<NeedStatus> KNOWN = List.of(OPEN, PLEDGED, MET, CLOSED);

  private NeedStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static NeedStatus fromString(String value) {
    return lookup(value, KNOWN, NeedStatus::new, NeedStatus.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<NeedStatus> values() {
    return KNOWN;
  }
}
