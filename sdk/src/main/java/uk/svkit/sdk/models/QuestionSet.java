package uk.svkit.sdk.models;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A buyer's set of weighted social value questions for tenders, tied to one framework edition.
 *
 * <p>Life cycle: a set is created as a {@link QuestionSetStatus#DRAFT} (version 1 of its series),
 * edited while a draft, then {@link QuestionSetStatus#PUBLISHED published} (its questions no longer
 * change, and tenders may use it) and eventually {@link QuestionSetStatus#RETIRED retired}. To
 * change a published set, create a new version: a draft copy in the same {@link #getSeriesId()
 * series} with the next {@link #getVersionNumber() version number}. The owner may share a published
 * set with other buyer organisations.
 *
 * <p>Instances read individually (get, create, update, publish, retire) carry the {@link #getETag()
 * ETag} of the version read, so they can be passed straight to the {@code QuestionSetsClient}
 * methods that take a {@code QuestionSet}. Items from a list carry no ETag.
 */
public final class QuestionSet {

  private String id;
  private String seriesId;
  private int versionNumber;
  private String status;
  private String title;
  private String description;
  private String frameworkCode;
  private String edition;
  private List<Question> questions;
  private OffsetDateTime publishedAt;
  private OffsetDateTime retiredAt;
  private List<String> sharedWith;
  private String ownerOrganisationId;
  private OffsetDateTime createdAt;
  private OffsetDateTime updatedAt;
  private long version;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected QuestionSet() {}

  /**
   * Returns the service-assigned id of this version of the set.
   *
   * @return the id (a UUID string)
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the series the set belongs to: the id of its version 1.
   *
   * @return the series id
   */
  public String getSeriesId() {
    return seriesId;
  }

  /**
   * Returns the number of this version within its series.
   *
   * @return the version number, from 1
   */
  public int getVersionNumber() {
    return versionNumber;
  }

  /**
   * Returns the life-cycle status.
   *
   * @return the status, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public QuestionSetStatus getStatus() {
    return status == null || status.isBlank() ? null : QuestionSetStatus.fromString(status);
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the description.
   *
   * @return the description, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the code of the framework whose measures the questions use.
   *
   * @return the framework code, such as {@code PPN0620}
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition whose measures the questions use.
   *
   * @return the edition, such as {@code 2020-12}
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the questions, in the set's order.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Question> getQuestions() {
    return ModelLists.copy(questions);
  }

  /**
   * Returns when the set was published.
   *
   * @return the time (UTC), or {@code null} while a draft
   */
  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  /**
   * Returns when the set was retired.
   *
   * @return the time (UTC), or {@code null} unless retired
   */
  public OffsetDateTime getRetiredAt() {
    return retiredAt;
  }

  /**
   * Returns the organisations the set is shared with. Only the owner sees them.
   *
   * @return an unmodifiable list of organisation ids, empty if none or not the owner
   */
  public List<String> getSharedWith() {
    return ModelLists.copy(sharedWith);
  }

  /**
   * Returns the organisation that owns the set.
   *
   * @return the owner organisation's id
   */
  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  /**
   * Returns when the set was created.
   *
   * @return the creation time (UTC)
   */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns when the set was last changed.
   *
   * @return the last change time (UTC)
   */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Returns the concurrency version, incremented by every change (not the {@link
   * #getVersionNumber() version number} within the series).
   *
   * @return the version
   */
  public long getVersion() {
    return version;
  }

  /**
   * Returns the strong ETag of the version read, for {@code If-Match} on update and actions.
   *
   * @return the ETag including its quotes, such as {@code "3"}, or {@code null} for list items
   */
  public String getETag() {
    return eTag;
  }

  @Override
  public String toString() {
    return "QuestionSet{id="
        + id
        + ", title="
        + title
        + ", versionNumber="
        + versionNumber
        + ", status="
        + status
        + ", frameworkCode="
        + frameworkCode
        + ", edition="
        + edition
        + ", version="
        + version
        + '}';
  }
}
