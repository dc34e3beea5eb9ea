package uk.svkit.sdk.models;

/**
 * A step of a maturity model's scale; read from a model or built with {@link #of(int, String,
 * String)}.
 */
public final class MaturityLevel {

  private int value;
  private String label;
  private String description;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected MaturityLevel() {}

  /**
   * Returns the level, from 1.
   *
   * @return the value (zero if absent)
   */
  public int getValue() {
    return value;
  }

  /**
   * Returns the label.
   *
   * @return the value, or {@code null} if absent
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns what the level means.
   *
   * @return the value, or {@code null} if absent
   */
  public String getDescription() {
    return description;
  }

  /**
   * Creates a level for sending.
   *
   * @param value the level, 1, 2, 3 … in order
   * @param label the label
   * @param description what it means, or {@code null}
   * @return the level
   * @throws NullPointerException if {@code label} is {@code null}
   */
  public static MaturityLevel of(int value, String label, String description) {
    MaturityLevel l = new MaturityLevel();
    l.value = value;
    l.label = java.util.Objects.requireNonNull(label, "label");
    l.description = description;
    return l;
  }

  @Override
  public String toString() {
    return "MaturityLevel{value="
        + value
        + ", label="
        + label
        + ", description="
        + description
        + '}';
  }
}
