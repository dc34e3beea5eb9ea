package uk.svkit.api.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * An entry of the anchor indicator catalogue: a code, the pillar it measures, its unit and the
 * direction in which it improves. Shipped entries (no programme) apply to every anchor framework; a
 * programme's administrators add entries for their programme. Entries never change once made,
 * because declarations copy what they measure.
 */
@Entity
@Table(name = "anc_indicator")
public class Indicator extends AggregateRoot {
  @Column(name = "programme_id", length = 36, updatable = false)
  private String programmeId;

  @Column(name = "code", length = 40, nullable = false, updatable = false)
  private String code;

  @Column(name = "pillar_code", length = 20, nullable = false, updatable = false)
  private String pillarCode;

  @Column(name = "title", length = 300, nullable = false, updatable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit", length = 20, nullable = false, updatable = false)
  private IndicatorUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", length = 20, nullable = false, updatable = false)
  private IndicatorDirection direction;

  @Column(name = "description", length = 2000, updatable = false)
  private String description;

  protected Indicator() {}

  public Indicator(
      String ownerOrganisationId,
      String programmeId,
      String code,
      String pillarCode,
      String title,
      IndicatorUnit unit,
      IndicatorDirection direction,
      String description) {
    super(null, ownerOrganisationId);
    this.programmeId = programmeId;
    this.code = code;
    this.pillarCode = pillarCode;
    this.title = title;
    this.unit = unit;
    this.direction = direction;
    this.description = description;
  }

  @Override
  public String entityType() {
    return "anchor-indicator";
  }

  public boolean isShipped() {
    return programmeId == null;
  }

  public String programmeId() {
    return programmeId;
  }

  public String code() {
    return code;
  }

  public String pillarCode() {
    return pillarCode;
  }

  public String title() {
    return title;
  }

  public IndicatorUnit unit() {
    return unit;
  }

  public IndicatorDirection direction() {
    return direction;
  }

  public String description() {
    return description;
  }
}
