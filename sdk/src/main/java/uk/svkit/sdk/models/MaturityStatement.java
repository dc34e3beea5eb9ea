package uk.svkit.sdk.models;

/**
 * A statement of a maturity model, in one stage; read from a model or built with {@link #of(String,
 * MaturityStage, String)}.
 */
public final class MaturityStatement {

  private String code;
  private String stage;
  private String text;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected MaturityStatement() {}

  /**
   * Returns the statement code.
   *
   * @return the value, or {@code null} if absent
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the stage.
   *
   * @return the value, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public MaturityStage getStage() {
    return stage == null || stage.isBlank() ? null : MaturityStage.fromString(stage);
  }

  /**
   * Returns the statement.
   *
   * @return the value, or {@code null} if absent
   */
  public String getText() {
    return text;
  }

  /**
   * Creates a statement for sending.
   *
   * @param code the code, unique in the model
   * @param stage the stage
   * @param text the statement
   * @return the statement
   * @throws NullPointerException if an argument is {@code null}
   */
  public static MaturityStatement of(String code, MaturityStage stage, String text) {
    MaturityStatement s = new MaturityStatement();
    s.code = java.util.Objects.requireNonNull(code, "code");
    s.stage = java.util.Objects.requireNonNull(stage, "stage").toString();
    s.text = java.util.Objects.requireNonNull(text, "text");
    return s;
  }

  @Override
  public String toString() {
    return "MaturityStatement{code=" + code + ", stage=" + stage + ", text=" + text + '}';
  }
}
