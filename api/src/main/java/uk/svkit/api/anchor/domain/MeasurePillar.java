package uk.svkit.api.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * A framework measure counted towards an anchor pillar, so contract KPIs on that measure appear
 * under the pillar on an anchor's dashboard. Shipped mappings (no programme) cover the SVK-LOCAL
 * measures; a programme's administrators add their own, which apply beside the shipped ones.
 */
@Entity
@Table(name = "anc_measure_pillar")
public class MeasurePillar extends AggregateRoot {
  @Column(name = "programme_id", length = 36, updatable = false)
  private String programmeId;

  @Column(name = "measure_code", length = 40, nullable = false, updatable = false)
  private String measureCode;

  @Column(name = "pillar_code", length = 20, nullable = false, updatable = false)
  private String pillarCode;

  protected MeasurePillar() {}

  public MeasurePillar(
      String ownerOrganisationId, String programmeId, String measureCode, String pillarCode) {
    super(null, ownerOrganisationId);
    this.programmeId = programmeId;
    this.measureCode = measureCode;
    this.pillarCode = pillarCode;
  }

  @Override
  public String entityType() {
    return "measure-pillar";
  }

  public String programmeId() {
    return programmeId;
  }

  public String measureCode() {
    return measureCode;
  }

  public String pillarCode() {
    return pillarCode;
  }
}
