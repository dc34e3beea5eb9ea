package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * Input of {@code AnchorsClient.createIndicator}: a catalogue indicator a programme adds.
 * Immutable; build with {@link #builder}.
 */
public final class CreateAnchorIndicatorOptions {

  private final String code;
  private final String pillarCode;
  private final String title;
  private final IndicatorUnit unit;
  private final IndicatorDirection direction;
  private final String description;

  private CreateAnchorIndicatorOptions(Builder b) {
    this.code = b.code;
    this.pillarCode = b.pillarCode;
    this.title = b.title;
    this.unit = b.unit;
    this.direction = b.direction;
    this.description = b.description;
  }

  /**
   * Starts a builder.
   *
   * @param code the indicator code
   * @param pillarCode the pillar or principle it measures
   * @param title what it measures
   * @param unit what it counts
   * @param direction which way it improves
   * @return a new builder
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Builder builder(
      String code,
      String pillarCode,
      String title,
      IndicatorUnit unit,
      IndicatorDirection direction) {
    return new Builder(
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(pillarCode, "pillarCode"),
        Objects.requireNonNull(title, "title"),
        Objects.requireNonNull(unit, "unit"),
        Objects.requireNonNull(direction, "direction"));
  }

  /**
   * Returns the indicator code.
   *
   * @return the value, or {@code null} if not set
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the pillar or principle it measures.
   *
   * @return the value, or {@code null} if not set
   */
  public String getPillarCode() {
    return pillarCode;
  }

  /**
   * Returns what it measures.
   *
   * @return the value, or {@code null} if not set
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns what it counts.
   *
   * @return the value, or {@code null} if not set
   */
  public IndicatorUnit getUnit() {
    return unit;
  }

  /**
   * Returns which way it improves.
   *
   * @return the value, or {@code null} if not set
   */
  public IndicatorDirection getDirection() {
    return direction;
  }

  /**
   * Returns how it is measured.
   *
   * @return the value, or {@code null} if not set
   */
  public String getDescription() {
    return description;
  }

  /** Builder for {@link CreateAnchorIndicatorOptions}; not thread-safe. */
  public static final class Builder {

    private final String code;
    private final String pillarCode;
    private final String title;
    private final IndicatorUnit unit;
    private final IndicatorDirection direction;
    private String description;

    private Builder(
        String code,
        String pillarCode,
        String title,
        IndicatorUnit unit,
        IndicatorDirection direction) {
      this.code = code;
      this.pillarCode = pillarCode;
      this.title = title;
      this.unit = unit;
      this.direction = direction;
    }

    /**
     * Sets how it is measured.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} is {@code null}
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public CreateAnchorIndicatorOptions build() {
      return new CreateAnchorIndicatorOptions(this);
    }
  }
}
