package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation's signature of a charter, pledge or framework: who signed, when, which version,
 * and an optional public statement. Public. A withdrawn signature stays on record with its date and
 * reason.
 *
 * @since 0.1.0
 */
public final class Signature {

  private String id;
  private String programmeId;
  private String programmeCode;
  private String programmeName;
  private String programmeVersion;
  private String organisationId;
  private String organisationName;
  private String organisationIdentifier;
  private LocalDate signedOn;
  private String signatoryName;
  private String signatoryRole;
  private String statement;
  private String placeCode;
  private String sector;
  private String status;
  private LocalDate withdrawnOn;
  private String withdrawalReason;
  private List<SignatureCommitment> commitments;
  private OffsetDateTime createdAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Signature() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the programme signed.
   *
   * @return its id
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the programme's code.
   *
   * @return the code
   */
  public String getProgrammeCode() {
    return programmeCode;
  }

  /**
   * Returns the programme's name.
   *
   * @return the name
   */
  public String getProgrammeName() {
    return programmeName;
  }

  /**
   * Returns the version of the programme signed.
   *
   * @return the version
   */
  public String getProgrammeVersion() {
    return programmeVersion;
  }

  /**
   * Returns the signing organisation.
   *
   * @return its id
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the signing organisation's name.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationName() {
    return organisationName;
  }

  /**
   * Returns the signing organisation's org-id identifier, such as {@code GB-LAE-WRL}.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationIdentifier() {
    return organisationIdentifier;
  }

  /**
   * Returns the day it was signed.
   *
   * @return the date
   */
  public LocalDate getSignedOn() {
    return signedOn;
  }

  /**
   * Returns who signed.
   *
   * @return the name
   */
  public String getSignatoryName() {
    return signatoryName;
  }

  /**
   * Returns the signatory's role.
   *
   * @return the role, such as {@code Chief Executive}
   */
  public String getSignatoryRole() {
    return signatoryRole;
  }

  /**
   * Returns the organisation's public statement.
   *
   * @return the value, or {@code null} if absent
   */
  public String getStatement() {
    return statement;
  }

  /**
   * Returns the place the organisation signed for, an ONS local authority code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * Returns the sector the organisation signed as.
   *
   * @return the sector
   */
  public Sector getSector() {
    return sector == null ? null : Sector.fromString(sector);
  }

  /**
   * Returns whether it stands or was withdrawn.
   *
   * @return the status
   */
  public SignatureStatus getStatus() {
    return status == null ? null : SignatureStatus.fromString(status);
  }

  /**
   * Returns the day it was withdrawn.
   *
   * @return the date, or {@code null} if it stands
   */
  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  /**
   * Returns why it was withdrawn.
   *
   * @return the value, or {@code null} if absent
   */
  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  /**
   * Returns the commitments per pillar or principle (anchor framework).
   *
   * @return an unmodifiable list, empty if none
   */
  public List<SignatureCommitment> getCommitments() {
    return ModelLists.copy(commitments);
  }

  /**
   * Returns when it was recorded.
   *
   * @return the value, or {@code null} if absent
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
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
    return "Signature{"
        + "id="
        + id
        + ", "
        + "programmeCode="
        + programmeCode
        + ", "
        + "organisationId="
        + organisationId
        + ", "
        + "signedOn="
        + signedOn
        + '}';
  }
}
