package uk.svkit.sdk.models;

/**
 * A measure of a framework edition: something a contract reports a quantity of, such as {@code
 * LM-EMP-01} (local people hired, in FTE). A monetised measure can carry a proxy value; a
 * record-only one cannot.
 */
public final class Measure {

  private String code;
  private String title;
  private String unitType;
  private String unitLabel;
  private boolean monetised;
  private boolean bespoke;
  private String source;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected Measure() {}

  /**
   * Returns the code, unique within the edition.
   *
   * @return the code, such as {@code LM-EMP-01}
   */
  public String getCode() {
    return code;
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
   * Returns the kind of quantity the measure counts.
   *
   * @return the unit type, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public UnitType getUnitType() {
    return unitType == null || unitType.isBlank() ? null : UnitType.fromString(unitType);
  }

  /**
   * Returns the unit as shown to people.
   *
   * @return the label, such as {@code FTE} or {@code hours}
   */
  public String getUnitLabel() {
    return unitLabel;
  }

  /**
   * Returns whether the measure can be valued in money with a proxy set.
   *
   * @return {@code true} if monetised, {@code false} if record-only
   */
  public boolean isMonetised() {
    return monetised;
  }

  /**
   * Returns whether the measure is bespoke: defined by svkit or a buyer rather than published as a
   * national reporting metric (such as a PPN 002 Standard Reporting Metric).
   *
   * @return {@code true} if bespoke
   */
  public boolean isBespoke() {
    return bespoke;
  }

  /**
   * Returns where the measure's code, title and unit come from.
   *
   * @return the citation, or {@code null} if none was recorded
   */
  public String getSource() {
    return source;
  }

  @Override
  public String toString() {
    return "Measure{code="
        + code
        + ", title="
        + title
        + ", unitType="
        + unitType
        + ", monetised="
        + monetised
        + '}';
  }
}
