package uk.svkit.api.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A theme, pillar or principle of a programme, with guidance on the evidence it asks for. */
@Embeddable
public class ProgrammeElement {
  @Column(name = "code", length = 20)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20)
  private ElementKind kind;

  @Column(name = "title", length = 300)
  private String title;

  @Column(name = "guidance", length = 2000)
  private String guidance;

  @Column(name = "position")
  private int position;

  protected ProgrammeElement() {}

  public ProgrammeElement(
      String code, ElementKind kind, String title, String guidance, int position) {
    this.code = Objects.requireNonNull(code, "An element code is required.");
    this.kind = Objects.requireNonNull(kind, "An element kind is required.");
    this.title = Objects.requireNonNull(title, "An element title is required.");
    this.guidance = guidance;
    this.position = position;
  }

  public String code() {
    return code;
  }

  public ElementKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String guidance() {
    return guidance;
  }

  public int position() {
    return position;
  }
}
