package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A set of proxy values for the monetised measures of one framework edition, at the prices of one
 * year, with where the values come from and the terms of their use. Sets loaded by a buyer are
 * private to it; the {@link #isIllustrative() illustrative} set shipped with svkit is visible to
 * everyone but is not for reporting.
 */
public final class ProxySet {

  private String id;
  private String frameworkCode;
  private String edition;
  private String name;
  private String currency;
  private int priceYear;
  private String source;
  private String licenceNote;
  private boolean illustrative;
  private String ownerOrganisationId;
  private List<ProxyValue> values;
  private OffsetDateTime createdAt;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ProxySet() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the code of the framework whose measures the set values.
   *
   * @return the framework code, such as {@code PPN0620}
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition whose measures the set values.
   *
   * @return the edition, such as {@code 2020-12}
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the currency of the values.
   *
   * @return an ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the year whose prices the values are expressed in.
   *
   * @return the price year, such as {@code 2024}
   */
  public int getPriceYear() {
    return priceYear;
  }

  /**
   * Returns where the values come from.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the terms under which the values may be used.
   *
   * @return the licence note
   */
  public String getLicenceNote() {
    return licenceNote;
  }

  /**
   * Returns whether this is the demonstration set shipped with svkit, whose values are not for
   * reporting.
   *
   * @return {@code true} for the illustrative set
   */
  public boolean isIllustrative() {
    return illustrative;
  }

  /**
   * Returns the organisation that loaded the set.
   *
   * @return the owner organisation's id, or {@code null} for sets shipped with svkit
   */
  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  /**
   * Returns the proxy values, one per measure.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<ProxyValue> getValues() {
    return ModelLists.copy(values);
  }

  /**
   * Returns when the set was loaded.
   *
   * @return the creation time (UTC)
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "ProxySet{id="
        + id
        + ", name="
        + name
        + ", frameworkCode="
        + frameworkCode
        + ", edition="
        + edition
        + ", currency="
        + currency
        + ", priceYear="
        + priceYear
        + ", illustrative="
        + illustrative
        + '}';
  }
}
