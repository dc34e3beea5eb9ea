package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A charter, pledge, anchor framework or award scheme. The four Cheshire &amp; Merseyside
 * programmes ship with svkit; an organisation may define its own, which it administers.
 *
 * <p>Read individually, a programme carries its {@link #getETag() ETag} for {@code
 * RecognitionsClient.assignAssessors}.
 *
 * @since 0.1.0
 */
public final class Programme {

  private String id;
  private String code;
  private String kind;
  private String name;
  private String administeredBy;
  private String ownerOrganisationId;
  private String summary;
  private String textUrl;
  private String programmeVersion;
  private LocalDate launchedOn;
  private Integer validityMonths;
  private List<ProgrammeElement> elements;
  private List<String> assessors;
  private OffsetDateTime createdAt;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Programme() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the programme's unique code, such as {@code CM-SV-AWARD}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the kind of programme.
   *
   * @return the kind
   */
  public ProgrammeKind getKind() {
    return kind == null ? null : ProgrammeKind.fromString(kind);
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
   * Returns who runs the programme, as shown to the public.
   *
   * @return the administering body
   */
  public String getAdministeredBy() {
    return administeredBy;
  }

  /**
   * Returns the administering organisation.
   *
   * @return its id, or {@code null} for the programmes shipped with svkit
   */
  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  /**
   * Returns a summary of the programme.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSummary() {
    return summary;
  }

  /**
   * Returns where the programme's text is published.
   *
   * @return the value, or {@code null} if absent
   */
  public String getTextUrl() {
    return textUrl;
  }

  /**
   * Returns the current version of the programme's text.
   *
   * @return the version, such as {@code 2019}
   */
  public String getProgrammeVersion() {
    return programmeVersion;
  }

  /**
   * Returns when the programme was launched.
   *
   * @return the value, or {@code null} if absent
   */
  public LocalDate getLaunchedOn() {
    return launchedOn;
  }

  /**
   * Returns for award schemes, how long an award lasts from its decision date, in months.
   *
   * @return the months, such as 60, or {@code null} for programmes that are signed
   */
  public Integer getValidityMonths() {
    return validityMonths;
  }

  /**
   * Returns the themes, pillars and principles, in order.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<ProgrammeElement> getElements() {
    return ModelLists.copy(elements);
  }

  /**
   * Returns the assessors' token subjects, shown to the scheme's administrators and assessors only.
   *
   * @return an unmodifiable list, empty if none or not shown
   */
  public List<String> getAssessors() {
    return ModelLists.copy(assessors);
  }

  /**
   * Returns when the programme was defined.
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
    return "Programme{" + "id=" + id + ", " + "code=" + code + ", " + "kind=" + kind + '}';
  }
}
