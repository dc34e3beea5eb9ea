package uk.svkit.api.tracking.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How often returns are due; reporting periods run from the contract's start date. */
public enum ReportingFrequency {
  MONTHLY(1),
  QUARTERLY(3),
  ANNUALLY(12);

  private final int months;

  ReportingFrequency(int months) {
    this.months = months;
  }

  /**
   * The contract's reporting periods, back to back from its start; the last ends with the contract.
   */
  public List<ReportingPeriod> periods(LocalDate contractStart, LocalDate contractEnd) {
    List<ReportingPeriod> periods = new ArrayList<>();
    LocalDate start = contractStart;
    while (!start.isAfter(contractEnd)) {
      LocalDate end = start.plusMonths(months).minusDays(1);
      if (end.isAfter(contractEnd)) {
        end = contractEnd;
      }
      periods.add(new ReportingPeriod(start, end));
      start = end.plusDays(1);
    }
    return periods;
  }

  /** One period a return reports on. */
  public record ReportingPeriod(LocalDate start, LocalDate end) {}
}
