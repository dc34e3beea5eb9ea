package uk.svkit.sdk.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code AnchorsClient.publishMaturityModel}: the next version of a programme's maturity
 * model. Immutable; build with {@link #builder}.
 */
public final class PublishMaturityModelOptions {

  private final String code;
  private final String title;
  private final String source;
  private final List<MaturityLevel> levels;
  private final List<MaturityStatement> statements;

  private PublishMaturityModelOptions(Builder b) {
    this.code = b.code;
    this.title = b.title;
    this.source = b.source;
    this.levels = List.copyOf(b.levels);
    this.statements = List.copyOf(b.statements);
  }

  /**
   * Starts a builder.
   *
   * @param code the model code
   * @param title the title
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(String code, String title) {
    return new Builder(
        Objects.requireNonNull(code, "code"), Objects.requireNonNull(title, "title"));
  }

  /**
   * Returns the model code.
   *
   * @return the value, or {@code null} if not set
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the title.
   *
   * @return the value, or {@code null} if not set
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns who wrote it.
   *
   * @return the value, or {@code null} if not set
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the scale, 1, 2, 3 … in order.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<MaturityLevel> getLevels() {
    return levels;
  }

  /**
   * Returns the statements.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<MaturityStatement> getStatements() {
    return statements;
  }

  /** Builder for {@link PublishMaturityModelOptions}; not thread-safe. */
  public static final class Builder {

    private final String code;
    private final String title;
    private String source;
    private final List<MaturityLevel> levels = new ArrayList<>();
    private final List<MaturityStatement> statements = new ArrayList<>();

    private Builder(String code, String title) {
      this.code = code;
      this.title = title;
    }

    /**
     * Sets who wrote it.
     *
     * @param source the value
     * @return this builder
     * @throws NullPointerException if {@code source} is {@code null}
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Adds one of the scale, 1, 2, 3 … in order.
     *
     * @param level the item
     * @return this builder
     * @throws NullPointerException if {@code level} is {@code null}
     */
    public Builder addLevel(MaturityLevel level) {
      this.levels.add(Objects.requireNonNull(level, "level"));
      return this;
    }

    /**
     * Adds one of the statements.
     *
     * @param statement the item
     * @return this builder
     * @throws NullPointerException if {@code statement} is {@code null}
     */
    public Builder addStatement(MaturityStatement statement) {
      this.statements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public PublishMaturityModelOptions build() {
      return new PublishMaturityModelOptions(this);
    }
  }
}
