package uk.svkit.sdk.models;

import java.util.List;

/**
 * Orders of directory organisation search results. An extensible enumeration: values this SDK
 * version does not know are kept, not rejected.
 */
public final class DirectorySort extends ExtensibleEnum {

  /** RELEVANCE. */
  public static final DirectorySort RELEVANCE = new DirectorySort("RELEVANCE");

  /** DISTANCE. */
  public static final DirectorySort DISTANCE = new DirectorySort("DISTANCE");

  /** NAME. */
  public static final DirectorySort NAME = new DirectorySort("NAME");

  private static final List<DirectorySort> KNOWN = List.of(RELEVANCE, DISTANCE, NAME);

  private DirectorySort(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static DirectorySort fromString(String value) {
    return lookup(value, KNOWN, DirectorySort::new, DirectorySort.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<DirectorySort> values() {
    return KNOWN;
  }
}
