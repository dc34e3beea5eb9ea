package uk.svkit.sdk.models;

import java.util.List;

/**
 * What a VCFSE asks business for on the noticeboard. An extensible enumeration: values this SDK
 * version does not know are kept, not rejected.
 */
public final class SupportType extends ExtensibleEnum {

  /** MENTORING. */
  public static final SupportType MENTORING = new SupportType("MENTORING");

  /** VOLUNTEERING. */
  public static final SupportType VOLUNTEERING = new SupportType("VOLUNTEERING");

  /** EQUIPMENT. */
  public static final SupportType EQUIPMENT = new SupportType("EQUIPMENT");

  /** SPACE. */
  public static final SupportType SPACE = new SupportType("SPACE");

  /** PROJECT_DELIVERY. */
  public static final SupportType PROJECT_DELIVERY = new SupportType("PROJECT_DELIVERY");

  /** FUNDING. */
  public static final SupportType FUNDING = new SupportType("FUNDING");

  private static final List<SupportType> KNOWN =
      List.of(MENTORING, VOLUNTEERING, EQUIPMENT, SPACE, PROJECT_DELIVERY, FUNDING);

  private SupportType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static SupportType fromString(String value) {
    return lookup(value, KNOWN, SupportType::new, SupportType.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<SupportType> values() {
    return KNOWN;
  }
}
