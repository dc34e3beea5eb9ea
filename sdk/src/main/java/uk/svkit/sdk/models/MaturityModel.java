package uk.svkit.sdk.models;

import java.util.List;

/**
 * A version of a commissioning-cycle maturity model: svkit's own {@code SVK-CCM} or a programme's.
 */
public final class MaturityModel {

  private String id;
  private String programmeId;
  private String code;
  private int modelVersion;
  private String title;
  private String source;
  private List<MaturityLevel> levels;
  private List<MaturityStatement> statements;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected MaturityModel() {}

  /**
   * Returns the id.
   *
   * @return the value, or {@code null} if absent
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the programme; {@code null} for svkit's own model.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the model code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the version.
   *
   * @return the value (zero if absent)
   */
  public int getModelVersion() {
    return modelVersion;
  }

  /**
   * Returns the title.
   *
   * @return the value, or {@code null} if absent
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns who wrote it.
   *
   * @return the value, or {@code null} if absent
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the scale.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<MaturityLevel> getLevels() {
    return ModelLists.copy(levels);
  }

  /**
   * Returns the statements, in order.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<MaturityStatement> getStatements() {
    return ModelLists.copy(statements);
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
    return "MaturityModel{id=" + id + ", programmeId=" + programmeId + ", code=" + code + '}';
  }
}
