package uk.svkit.sdk.models;

/** A term of the directory's managed theme taxonomy. */
public final class DirectoryTheme {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String code;
  private String label;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryTheme() {}

  /**
   * Returns the stable code, such as {@code mental-health}.
   *
   * @return the value, or {@code null}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the label to show.
   *
   * @return the value, or {@code null}
   */
  public String getLabel() {
    return label;
  }
}
