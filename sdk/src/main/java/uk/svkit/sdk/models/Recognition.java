package uk.svkit.sdk.models;

import java.time.LocalDate;

/**
 * One recognition an organisation holds: a standing signature or a current award, dated and
 * sourced.
 *
 * @since 0.1.0
 */
public final class Recognition {

  private String type;
  private String programmeId;
  private String programmeCode;
  private String programmeName;
  private String programmeKind;
  private String programmeVersion;
  private String administeredBy;
  private LocalDate since;
  private LocalDate expiresOn;
  private String signatoryName;
  private String signatoryRole;
  private String sourceId;
  private String source;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Recognition() {}

  /**
   * Returns whether it is a signature or an award.
   *
   * @return the type
   */
  public RecognitionType getType() {
    return type == null ? null : RecognitionType.fromString(type);
  }

  /**
   * Returns the programme.
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
   * Returns the kind of programme.
   *
   * @return the kind
   */
  public ProgrammeKind getProgrammeKind() {
    return programmeKind == null ? null : ProgrammeKind.fromString(programmeKind);
  }

  /**
   * Returns the programme version signed or awarded.
   *
   * @return the version
   */
  public String getProgrammeVersion() {
    return programmeVersion;
  }

  /**
   * Returns who runs the programme.
   *
   * @return the administering body
   */
  public String getAdministeredBy() {
    return administeredBy;
  }

  /**
   * Returns the day it was signed or awarded.
   *
   * @return the date
   */
  public LocalDate getSince() {
    return since;
  }

  /**
   * Returns for awards, the first day it is no longer current.
   *
   * @return the date, or {@code null} for signatures
   */
  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /**
   * Returns for signatures, who signed.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSignatoryName() {
    return signatoryName;
  }

  /**
   * Returns for signatures, the signatory's role.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSignatoryRole() {
    return signatoryRole;
  }

  /**
   * Returns the id of the signature or award.
   *
   * @return the id
   */
  public String getSourceId() {
    return sourceId;
  }

  /**
   * Returns where the record can be read without a token.
   *
   * @return an absolute URL
   */
  public String getSource() {
    return source;
  }

  @Override
  public String toString() {
    return "Recognition{"
        + "type="
        + type
        + ", "
        + "programmeCode="
        + programmeCode
        + ", "
        + "since="
        + since
        + ", "
        + "expiresOn="
        + expiresOn
        + '}';
  }
}
