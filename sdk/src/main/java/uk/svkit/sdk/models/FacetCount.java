package uk.svkit.sdk.models;

/** How many search results carry one facet value. */
public final class FacetCount {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String value;
  private long count;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected FacetCount() {}

  /**
   * Returns the value (a place code, theme code or support type).
   *
   * @return the value, or {@code null}
   */
  public String getValue() {
    return value;
  }

  /**
   * Returns the number of results.
   *
   * @return the value
   */
  public long getCount() {
    return count;
  }
}
