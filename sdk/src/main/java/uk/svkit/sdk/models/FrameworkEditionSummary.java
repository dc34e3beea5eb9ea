package uk.svkit.sdk.models;

import java.time.LocalDate;

/**
 * One edition of a framework as listed with it, without the tree; read the tree with {@code
 * FrameworksClient.getFrameworkEdition(frameworkCode, edition)}.
 */
public final class FrameworkEditionSummary {

  private String id;
  private String edition;
  private String status;
  private LocalDate validFrom;
  private String source;
  private String notes;
  private String ownerOrganisationId;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected FrameworkEditionSummary() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the edition name, unique within the framework.
   *
   * @return the edition, such as {@code 2020-12}
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the lifecycle status.
   *
   * @return the status, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public EditionStatus getStatus() {
    return status == null || status.isBlank() ? null : EditionStatus.fromString(status);
  }

  /**
   * Returns the first day the edition applies.
   *
   * @return the date, or {@code null} if not stated
   */
  public LocalDate getValidFrom() {
    return validFrom;
  }

  /**
   * Returns where the edition's content comes from.
   *
   * @return the source, such as a publication reference
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns how complete a shipped edition is against its published counts (for example PPN 002's
   * Standard Reporting Metrics) and what no source gave.
   *
   * @return the notes, or {@code null} for editions without any (imported editions)
   */
  public String getNotes() {
    return notes;
  }

  /**
   * Returns the organisation that imported the edition.
   *
   * @return the organisation id, or {@code null} for an edition shipped with svkit
   * @since 0.1.0
   */
  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  @Override
  public String toString() {
    return "FrameworkEditionSummary{id="
        + id
        + ", edition="
        + edition
        + ", status="
        + status
        + ", validFrom="
        + validFrom
        + '}';
  }
}
