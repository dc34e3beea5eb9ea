package uk.svkit.sdk.models;

/**
 * The level an organisation gives itself on one statement; read from an assessment or built with
 * {@link #of(String, int, String)}.
 */
public final class StatementScore {

  private String statementCode;
  private int level;
  private String evidenceNote;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected StatementScore() {}

  /**
   * Returns the statement.
   *
   * @return the value, or {@code null} if absent
   */
  public String getStatementCode() {
    return statementCode;
  }

  /**
   * Returns the level.
   *
   * @return the value (zero if absent)
   */
  public int getLevel() {
    return level;
  }

  /**
   * Returns the evidence note.
   *
   * @return the value, or {@code null} if absent
   */
  public String getEvidenceNote() {
    return evidenceNote;
  }

  /**
   * Creates a score for sending.
   *
   * @param statementCode the statement
   * @param level the level on the model's scale
   * @param evidenceNote what shows it, or {@code null}
   * @return the score
   * @throws NullPointerException if {@code statementCode} is {@code null}
   */
  public static StatementScore of(String statementCode, int level, String evidenceNote) {
    StatementScore s = new StatementScore();
    s.statementCode = java.util.Objects.requireNonNull(statementCode, "statementCode");
    s.level = level;
    s.evidenceNote = evidenceNote;
    return s;
  }

  @Override
  public String toString() {
    return "StatementScore{statementCode="
        + statementCode
        + ", level="
        + level
        + ", evidenceNote="
        + evidenceNote
        + '}';
  }
}
