package uk.svkit.sdk.models;

/**
 * A theme, pillar or principle of a programme.
 *
 * @since 0.1.0
 */
public final class ProgrammeElement {

  private String code;
  private String kind;
  private String title;
  private String guidance;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ProgrammeElement() {}

  /**
   * Returns the element's code within the programme, such as {@code SOC} or {@code P1}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the kind of element.
   *
   * @return the kind
   */
  public ProgrammeElementKind getKind() {
    return kind == null ? null : ProgrammeElementKind.fromString(kind);
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
   * Returns what evidence the element asks for.
   *
   * @return the value, or {@code null} if absent
   */
  public String getGuidance() {
    return guidance;
  }
}
