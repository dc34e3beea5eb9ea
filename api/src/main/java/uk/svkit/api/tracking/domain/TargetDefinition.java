package uk.svkit.api.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A KPI's target as defined from a date until the next definition (a contract variation). */
@Embeddable
public class TargetDefinition {
  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "target_quantity", precision = 19, scale = 4)
  private BigDecimal targetQuantity;

  @Enumerated(EnumType.STRING)
  @Column(name = "period", length = 16)
  private TargetPeriod period;

  protected TargetDefinition() {}

  public TargetDefinition(LocalDate effectiveFrom, BigDecimal targetQuantity, TargetPeriod period) {
    this.effectiveFrom = effectiveFrom;
    this.targetQuantity = targetQuantity;
    this.period = period;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public BigDecimal targetQuantity() {
    return targetQuantity;
  }

  public TargetPeriod period() {
    return period;
  }
}
