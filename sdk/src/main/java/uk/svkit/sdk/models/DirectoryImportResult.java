package uk.svkit.sdk.models;

import java.util.List;

/**
 * The outcome of a directory import. Imports are all or nothing, so a result means every
 * organisation in the file was imported (apart from the rows skipped on purpose).
 */
public final class DirectoryImportResult {

  private int created;
  private int updated;
  private List<DirectoryImportItem> items;
  private List<DirectoryImportSkippedRow> skipped;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryImportResult() {}

  /**
   * Returns how many organisations (or profiles) were new.
   *
   * @return the count
   */
  public int getCreated() {
    return created;
  }

  /**
   * Returns how many existing organisations were updated.
   *
   * @return the count
   */
  public int getUpdated() {
    return updated;
  }

  /**
   * Returns each organisation imported.
   *
   * @return an unmodifiable list, in the order of the file
   */
  public List<DirectoryImportItem> getItems() {
    return ModelLists.copy(items);
  }

  /**
   * Returns the rows skipped on purpose (linked or removed charities).
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<DirectoryImportSkippedRow> getSkipped() {
    return ModelLists.copy(skipped);
  }

  @Override
  public String toString() {
    return "DirectoryImportResult{created=" + created + ", updated=" + updated + '}';
  }
}
