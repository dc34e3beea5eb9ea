package uk.svkit.sdk.models;

import java.util.List;

/**
 * A role an organisation plays: buyer, supplier or VCFSE (voluntary, community, faith and social
 * enterprise).
 *
 * <p>An extensible string type rather than a Java {@code enum}: a value added by a newer server is
 * returned by {@link #fromString(String)} as a new instance instead of failing, so compare with
 * {@link #equals(Object)} and keep a default branch.
 */
public final class OrganisationRole extends ExtensibleEnum {

  /** The {@code BUYER} value. */
  public static final OrganisationRole BUYER = new OrganisationRole("BUYER");

  /** The {@code SUPPLIER} value. */
  public static final OrganisationRole SUPPLIER = new OrganisationRole("SUPPLIER");

  /** The {@code VCFSE} value. */
  public static final OrganisationRole VCFSE = new OrganisationRole("VCFSE");

  private static final List<OrganisationRole> KNOWN = List.of(BUYER, SUPPLIER, VCFSE);

  private OrganisationRole(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value this SDK version does not
   * know.
   *
   * @param value the wire value, such as {@code "BUYER"}
   * @return the matching instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static OrganisationRole fromString(String value) {
    return lookup(value, KNOWN, OrganisationRole::new, OrganisationRole.class);
  }

  /**
   * Returns the values known to this SDK version; the server may send others.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<OrganisationRole> values() {
    return KNOWN;
  }
}
