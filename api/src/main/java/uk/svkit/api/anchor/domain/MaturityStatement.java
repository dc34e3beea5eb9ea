package uk.svkit.api.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A statement an organisation scores itself against, in one stage of the commissioning cycle. */
@Embeddable
public class MaturityStatement {
  @Column(name = "code", length = 20)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", length = 16)
  private MaturityStage stage;

  @Column(name = "text", length = 1000)
  private String text;

  @Column(name = "position")
  private int position;

  protected MaturityStatement() {}

  public MaturityStatement(String code, MaturityStage stage, String text, int position) {
    this.code = code;
    this.stage = stage;
    this.text = text;
    this.position = position;
  }

  public String code() {
    return code;
  }

  public MaturityStage stage() {
    return stage;
  }

  public String text() {
    return text;
  }

  public int position() {
    return position;
  }
}
