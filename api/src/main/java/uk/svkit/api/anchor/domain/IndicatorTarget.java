package uk.svkit.api.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The value a declaration aims to reach by a day (a milestone of its plan). */
@Embeddable
public class IndicatorTarget {
  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "target_value", precision = 19, scale = 4)
  private BigDecimal value;

  protected IndicatorTarget() {}

  public IndicatorTarget(LocalDate dueOn, BigDecimal value) {
    this.dueOn = dueOn;
    this.value = value;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public BigDecimal value() {
    return value;
  }
}
