package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation holds on a day: the charters, pledges and frameworks it has signed and the
 * awards current then. Public.
 *
 * @since 0.1.0
 */
public final class Recognitions {

  private String organisationId;
  private String organisationName;
  private String organisationIdentifier;
  private LocalDate asOf;
  private List<Recognition> items;
  private List<PublicPartnership> partnerships;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Recognitions() {}

  /**
   * Returns the organisation.
   *
   * @return its id
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the organisation's name.
   *
   * @return the name
   */
  public String getOrganisationName() {
    return organisationName;
  }

  /**
   * Returns the organisation's org-id identifier.
   *
   * @return the identifier
   */
  public String getOrganisationIdentifier() {
    return organisationIdentifier;
  }

  /**
   * Returns the day the recognitions hold on.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the recognitions, signatures first.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Recognition> getItems() {
    return ModelLists.copy(items);
  }

  /**
   * Returns the partnerships with VCFSEs (or, for a VCFSE, with businesses) that both sides agreed
   * to show.
   *
   * @return an unmodifiable list, empty if none
   * @since 0.2.0
   */
  public List<PublicPartnership> getPartnerships() {
    return ModelLists.copy(partnerships);
  }

  @Override
  public String toString() {
    return "Recognitions{"
        + "organisationId="
        + organisationId
        + ", "
        + "asOf="
        + asOf
        + ", "
        + "items="
        + items
        + '}';
  }
}
