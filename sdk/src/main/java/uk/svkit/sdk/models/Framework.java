package uk.svkit.sdk.models;

import java.util.List;

/**
 * A social value framework known to the service, such as the Social Value Model of PPN 06/20, with
 * its editions.
 */
public final class Framework {

  private String code;
  private String name;
  private String publisher;
  private String description;
  private String licenceNote;
  private String ownerOrganisationId;
  private List<FrameworkEditionSummary> editions;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Framework() {}

  /**
   * Returns the code.
   *
   * @return the code, such as {@code PPN0620}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns who publishes the framework.
   *
   * @return the publisher
   */
  public String getPublisher() {
    return publisher;
  }

  /**
   * Returns a short description.
   *
   * @return the description, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the terms under which the framework's content may be used.
   *
   * @return the licence note, or {@code null}
   */
  public String getLicenceNote() {
    return licenceNote;
  }

  /**
   * Returns the editions of the framework.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<FrameworkEditionSummary> getEditions() {
    return ModelLists.copy(editions);
  }

  /**
   * Returns the organisation that imported the framework.
   *
   * @return the organisation id, or {@code null} for a framework shipped with svkit
   * @since 0.1.0
   */
  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  @Override
  public String toString() {
    return "Framework{code=" + code + ", name=" + name + ", publisher=" + publisher + '}';
  }
}
