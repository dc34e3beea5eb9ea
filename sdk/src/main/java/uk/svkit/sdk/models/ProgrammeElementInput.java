package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * A theme, pillar or principle of a programme being defined, for {@link CreateProgrammeOptions}.
 * Immutable.
 *
 * @since 0.1.0
 */
public final class ProgrammeElementInput {

  private final String code;
  private final ProgrammeElementKind kind;
  private final String title;
  private final String guidance;

  private ProgrammeElementInput(
      String code, ProgrammeElementKind kind, String title, String guidance) {
    this.code = Objects.requireNonNull(code, "code");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = Objects.requireNonNull(title, "title");
    this.guidance = guidance;
  }

  /**
   * Creates an element.
   *
   * @param code its code within the programme, such as {@code SOC}
   * @param kind {@code THEME} for award schemes, {@code PILLAR} or {@code PRINCIPLE} otherwise
   * @param title its title
   * @param guidance what evidence it asks for, or {@code null}
   * @return the element
   * @throws NullPointerException if {@code code}, {@code kind} or {@code title} is {@code null}
   */
  public static ProgrammeElementInput of(
      String code, ProgrammeElementKind kind, String title, String guidance) {
    return new ProgrammeElementInput(code, kind, title, guidance);
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public ProgrammeElementKind getKind() {
    return kind;
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
   * Returns the guidance.
   *
   * @return the guidance, or {@code null}
   */
  public String getGuidance() {
    return guidance;
  }
}
