package uk.svkit.sdk.models;

import java.util.List;

/**
 * The legal form of a VCFSE organisation. An extensible enumeration: values this SDK version does
 * not know are kept, not rejected.
 */
public final class LegalForm extends ExtensibleEnum {

  /** REGISTERED_CHARITY. */
  public static final LegalForm REGISTERED_CHARITY = new LegalForm("REGISTERED_CHARITY");

  /** CIO. */
  public static final LegalForm CIO = new LegalForm("CIO");

  /** CIC. */
  public static final LegalForm CIC = new LegalForm("CIC");

  /** COMMUNITY_BENEFIT_SOCIETY. */
  public static final LegalForm COMMUNITY_BENEFIT_SOCIETY =
      new LegalForm("COMMUNITY_BENEFIT_SOCIETY");

  /** COMPANY_LIMITED_BY_GUARANTEE. */
  public static final LegalForm COMPANY_LIMITED_BY_GUARANTEE =
      new LegalForm("COMPANY_LIMITED_BY_GUARANTEE");

  /** FAITH_GROUP. */
  public static final LegalForm FAITH_GROUP = new LegalForm("FAITH_GROUP");

  /** UNINCORPORATED_GROUP. */
  public static final LegalForm UNINCORPORATED_GROUP = new LegalForm("UNINCORPORATED_GROUP");

  /** OTHER. */
  public static final LegalForm OTHER = new LegalForm("OTHER");

  private static final List<LegalForm> KNOWN =
      List.of(
          REGISTERED_CHARITY,
          CIO,
          CIC,
          COMMUNITY_BENEFIT_SOCIETY,
          COMPANY_LIMITED_BY_GUARANTEE,
          FAITH_GROUP,
          UNINCORPORATED_GROUP,
          OTHER);

  private LegalForm(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static LegalForm fromString(String value) {
    return lookup(value, KNOWN, LegalForm::new, LegalForm.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<LegalForm> values() {
    return KNOWN;
  }
}
