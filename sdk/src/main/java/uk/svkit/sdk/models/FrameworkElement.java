package uk.svkit.sdk.models;

import java.util.List;

/**
 * A node of a framework edition's tree, such as a PPN 06/20 theme, outcome or award criterion, with
 * its child elements and the measures attached to it.
 */
public final class FrameworkElement {

  private String kind;
  private String code;
  private String title;
  private String source;
  private List<FrameworkElement> children;
  private List<Measure> measures;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected FrameworkElement() {}

  /**
   * Returns the kind of element.
   *
   * @return the kind, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public FrameworkElementKind getKind() {
    return kind == null || kind.isBlank() ? null : FrameworkElementKind.fromString(kind);
  }

  /**
   * Returns the code, unique within the edition.
   *
   * @return the code, such as {@code Theme 2} or {@code MAC 2.1}
   */
  public String getCode() {
    return code;
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
   * Returns where the element's code and title come from; shipped national editions cite one per
   * element.
   *
   * @return the citation, or {@code null} if none was recorded (imported editions)
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the child elements, in the framework's order.
   *
   * @return an unmodifiable list, empty for a leaf
   */
  public List<FrameworkElement> getChildren() {
    return ModelLists.copy(children);
  }

  /**
   * Returns the measures attached directly to this element (not those of its children).
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Measure> getMeasures() {
    return ModelLists.copy(measures);
  }

  @Override
  public String toString() {
    return "FrameworkElement{kind=" + kind + ", code=" + code + ", title=" + title + '}';
  }
}
