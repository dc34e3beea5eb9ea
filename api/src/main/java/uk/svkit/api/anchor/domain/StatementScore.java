package uk.svkit.api.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The level an organisation gives itself on one statement, with a note of its evidence. */
@Embeddable
public class StatementScore {
  @Column(name = "statement_code", length = 20)
  private String statementCode;

  @Column(name = "level_value")
  private int level;

  @Column(name = "evidence_note", length = 2000)
  private String evidenceNote;

  protected StatementScore() {}

  public StatementScore(String statementCode, int level, String evidenceNote) {
    this.statementCode = statementCode;
    this.level = level;
    this.evidenceNote = evidenceNote;
  }

  public String statementCode() {
    return statementCode;
  }

  public int level() {
    return level;
  }

  public String evidenceNote() {
    return evidenceNote;
  }
}
