package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation's application for an award with its evidence and, once decided, the assessors'
 * decision. Private to the applicant, the scheme's administrators and its assessors. An awarded
 * application is the award.
 *
 * @since 0.1.0
 */
public final class AwardApplication {

  private String id;
  private String programmeId;
  private String programmeCode;
  private String programmeVersion;
  private String organisationId;
  private String organisationName;
  private String status;
  private String placeCode;
  private String sector;
  private String contactName;
  private String renewalOf;
  private String submittedBy;
  private OffsetDateTime submittedAt;
  private List<ThemeEvidence> evidence;
  private LocalDate decidedOn;
  private String decidedBy;
  private String reasons;
  private LocalDate expiresOn;
  private String awardStatus;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AwardApplication() {}

  /**
   * Returns the service-assigned id, which is also the award's id once awarded.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the award scheme.
   *
   * @return its id
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the scheme's code.
   *
   * @return the code
   */
  public String getProgrammeCode() {
    return programmeCode;
  }

  /**
   * Returns the version of the scheme applied to.
   *
   * @return the version
   */
  public String getProgrammeVersion() {
    return programmeVersion;
  }

  /**
   * Returns the applicant.
   *
   * @return its id
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the applicant's name.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationName() {
    return organisationName;
  }

  /**
   * Returns where the application stands.
   *
   * @return the status
   */
  public AwardApplicationStatus getStatus() {
    return status == null ? null : AwardApplicationStatus.fromString(status);
  }

  /**
   * Returns the applicant's place, an ONS local authority code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the sector the organisation applied as.
   *
   * @return the sector
   */
  public Sector getSector() {
    return sector == null ? null : Sector.fromString(sector);
  }

  /**
   * Returns the applicant's contact.
   *
   * @return the name
   */
  public String getContactName() {
    return contactName;
  }

  /**
   * Returns the award this application renews.
   *
   * @return its id, or {@code null} for a first application
   */
  public String getRenewalOf() {
    return renewalOf;
  }

  /**
   * Returns the token subject that submitted it.
   *
   * @return the subject
   */
  public String getSubmittedBy() {
    return submittedBy;
  }

  /**
   * Returns when it was submitted.
   *
   * @return the time (UTC)
   */
  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  /**
   * Returns the evidence, one per theme in the scheme's order.
   *
   * @return an unmodifiable list
   */
  public List<ThemeEvidence> getEvidence() {
    return ModelLists.copy(evidence);
  }

  /**
   * Returns the decision date, from which an award runs.
   *
   * @return the date, or {@code null} while submitted
   */
  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  /**
   * Returns the assessor who decided.
   *
   * @return the value, or {@code null} if absent
   */
  public String getDecidedBy() {
    return decidedBy;
  }

  /**
   * Returns the assessor's reasons.
   *
   * @return the value, or {@code null} if absent
   */
  public String getReasons() {
    return reasons;
  }

  /**
   * Returns for an award, the first day it is no longer current.
   *
   * @return the date, or {@code null} unless awarded
   */
  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /**
   * Returns for an award, whether it is current today.
   *
   * @return the status, or {@code null} unless awarded
   */
  public AwardStatus getAwardStatus() {
    return awardStatus == null ? null : AwardStatus.fromString(awardStatus);
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on changes.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "AwardApplication{"
        + "id="
        + id
        + ", "
        + "programmeCode="
        + programmeCode
        + ", "
        + "organisationId="
        + organisationId
        + ", "
        + "status="
        + status
        + '}';
  }
}
