package uk.svkit.sdk.models;

import java.time.LocalDate;

/**
 * A reporting period of a contract KPI whose return is overdue: the period has ended, its due date
 * has passed, and no return counts for it.
 */
public final class OverduePeriod {

  private LocalDate periodStart;
  private LocalDate periodEnd;
  private LocalDate dueBy;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OverduePeriod() {}

  /**
   * Returns the first day of the period.
   *
   * @return the date
   */
  public LocalDate getPeriodStart() {
    return periodStart;
  }

  /**
   * Returns the last day of the period.
   *
   * @return the date
   */
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  /**
   * Returns the date the return was due.
   *
   * @return the date
   */
  public LocalDate getDueBy() {
    return dueBy;
  }

  @Override
  public String toString() {
    return "OverduePeriod{periodStart="
        + periodStart
        + ", periodEnd="
        + periodEnd
        + ", dueBy="
        + dueBy
        + '}';
  }
}
