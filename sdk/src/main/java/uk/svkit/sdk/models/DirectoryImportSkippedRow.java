package uk.svkit.sdk.models;

/** A row a directory import left out on purpose, such as a removed or linked charity. */
public final class DirectoryImportSkippedRow {

  private int line;
  private String identifier;
  private String reason;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryImportSkippedRow() {}

  /**
   * Returns the line of the file the row starts on.
   *
   * @return the 1-based line number
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the identifier the row names.
   *
   * @return the identifier, or {@code null} if the row has none
   */
  public String getIdentifier() {
    return identifier;
  }

  /**
   * Returns why the row was skipped.
   *
   * @return the reason, in words
   */
  public String getReason() {
    return reason;
  }

  @Override
  public String toString() {
    return "DirectoryImportSkippedRow{line=" + line + ", reason=" + reason + '}';
  }
}
