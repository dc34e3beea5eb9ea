package uk.svkit.sdk.models;

/** One organisation a directory import created or updated. */
public final class DirectoryImportItem {

  private String identifier;
  private String organisationId;
  private String action;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryImportItem() {}

  /**
   * Returns the organisation's org-id identifier.
   *
   * @return the identifier, such as {@code GB-CHC-1190001}
   */
  public String getIdentifier() {
    return identifier;
  }

  /**
   * Returns the organisation's svkit id (also its directory profile's id).
   *
   * @return the id
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns what the import did.
   *
   * @return {@link DirectoryImportAction#CREATED} or {@link DirectoryImportAction#UPDATED}
   */
  public DirectoryImportAction getAction() {
    return DirectoryImportAction.fromString(action);
  }

  @Override
  public String toString() {
    return "DirectoryImportItem{identifier=" + identifier + ", action=" + action + '}';
  }
}
