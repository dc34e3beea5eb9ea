package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What is counted, with a stable code within its edition (e.g. {@code LM-EMP-01}), a unit, and
 * whether it is monetised or recorded only.
 */
@Entity
@Table(name = "fwk_measure")
public class Measure {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "edition_id", length = 36)
  private String editionId;

  @Column(name = "element_id", length = 36)
  private String elementId;

  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "title", length = 500)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type", length = 16)
  private UnitType unitType;

  @Column(name = "unit_label", length = 100)
  private String unitLabel;

  @Column(name = "monetised")
  private boolean monetised;

  /** Where the measure's code, title and unit come from. */
  @Column(name = "source", length = 1000)
  private String source;

  /**
   * True unless the measure is a published national reporting metric (a PPN 002 Standard Reporting
   * Metric, a Social Value Model reporting metric): measures that svkit or a buyer defines are
   * bespoke. Only shipped national editions carry non-bespoke measures, and they are seeded by
   * migrations, so every measure created in code is bespoke.
   */
  @Column(name = "bespoke")
  private boolean bespoke = true;

  protected Measure() {}

  /** A measure of an edition being defined (imports, tests). */
  public Measure(
      String editionId,
      String code,
      String title,
      UnitType unitType,
      String unitLabel,
      boolean monetised) {
    this(editionId, null, code, title, unitType, unitLabel, monetised);
  }

  /** A measure of an edition being defined, attached to an element (or to none). */
  public Measure(
      String editionId,
      String elementId,
      String code,
      String title,
      UnitType unitType,
      String unitLabel,
      boolean monetised) {
    this.id = java.util.UUID.randomUUID().toString();
    this.editionId = editionId;
    this.elementId = elementId;
    this.code = code;
    this.title = title;
    this.unitType = unitType;
    this.unitLabel = unitLabel;
    this.monetised = monetised;
  }

  public String id() {
    return id;
  }

  public String editionId() {
    return editionId;
  }

  public String elementId() {
    return elementId;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public UnitType unitType() {
    return unitType;
  }

  public String unitLabel() {
    return unitLabel;
  }

  public boolean isMonetised() {
    return monetised;
  }

  /**
   * The citation for this measure.
   *
   * @return the source, or {@code null} where none was recorded
   */
  public String source() {
    return source;
  }

  /**
   * Whether the measure is bespoke rather than a published national reporting metric.
   *
   * @return {@code true} for measures defined by svkit or a buyer
   */
  public boolean isBespoke() {
    return bespoke;
  }
}
