package uk.svkit.sdk.models;

/** What a postcode directory import did: how many postcodes it added, replaced and skipped. */
public final class PostcodeImportResult {

  private String importId;
  private long inserted;
  private long updated;
  private long skipped;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected PostcodeImportResult() {}

  /**
   * Returns the import's id, the entity id of its audit event.
   *
   * @return the id
   */
  public String getImportId() {
    return importId;
  }

  /**
   * Returns how many postcodes were new to the directory.
   *
   * @return the count
   */
  public long getInserted() {
    return inserted;
  }

  /**
   * Returns how many postcodes already there were replaced (a postcode repeated in the file counts
   * here too).
   *
   * @return the count
   */
  public long getUpdated() {
    return updated;
  }

  /**
   * Returns how many rows had no coordinates and were not stored.
   *
   * @return the count
   */
  public long getSkipped() {
    return skipped;
  }

  @Override
  public String toString() {
    return "PostcodeImportResult{importId="
        + importId
        + ", inserted="
        + inserted
        + ", updated="
        + updated
        + ", skipped="
        + skipped
        + '}';
  }
}
