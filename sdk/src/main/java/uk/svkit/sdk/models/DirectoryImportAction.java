package uk.svkit.sdk.models;

import java.util.List;

/**
 * What a directory import did to one organisation. An extensible enumeration: values this SDK
 * version does not know are kept, not rejected.
 */
public final class DirectoryImportAction extends ExtensibleEnum {

  /** The organisation or its profile was new. */
  public static final DirectoryImportAction CREATED = new DirectoryImportAction("CREATED");

  /** The organisation and its profile existed and were updated. */
  public static final DirectoryImportAction UPDATED = new DirectoryImportAction("UPDATED");

  private static final List<DirectoryImportAction> KNOWN = List.of(CREATED, UPDATED);

  private DirectoryImportAction(String value) {
    super(value);
  }

  /**
   * Returns the constant for a wire value, or a new instance for an unknown one.
   *
   * @param value the wire value
   * @return the value, or {@code null} if {@code value} is {@code null}
   */
  public static DirectoryImportAction fromString(String value) {
    return lookup(value, KNOWN, DirectoryImportAction::new, DirectoryImportAction.class);
  }

  /**
   * Returns the values this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<DirectoryImportAction> values() {
    return KNOWN;
  }
}
