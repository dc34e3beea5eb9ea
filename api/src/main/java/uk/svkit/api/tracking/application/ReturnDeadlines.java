package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.events.Occurrences;
import uk.svkit.api.platform.events.TimeBasedEvents;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * {@code return.due} (a KPI's reporting period ended with no live return) and {@code
 * return.overdue} (the grace period, {@code svkit.tracking.grace-days}, passed too), told to the
 * buyer and the supplier once per KPI and period. Periods that ended (or fell overdue) within the
 * look-back ({@code svkit.events.lookback}) are considered, so a server that was down catches up
 * and a contract imported with years of history does not flood its subscribers.
 */
@ApplicationScoped
public class ReturnDeadlines implements TimeBasedEvents {
  @Inject ContractRepository contracts;
  @Inject PeriodTotalsRepository totals;
  @Inject EventRecorder events;

  @Inject
  @ConfigProperty(name = "svkit.tracking.grace-days", defaultValue = "30")
  int graceDays;

  @Inject
  @ConfigProperty(name = "svkit.events.lookback", defaultValue = "P30D")
  Duration lookback;

  // One transaction for the scan keeps the contracts' KPIs loadable; each occurrence commits in a
  // transaction of its own (Occurrences).
  @Override
  @Transactional
  public void emitDue(Instant now, Occurrences occurrences) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate since = today.minusDays(lookback.toDays());
    List<Contract> running = contracts.running(today, since.minusDays(graceDays));
    for (Contract contract : running) {
      Map<String, Integer> live = new HashMap<>();
      for (PeriodTotals t : totals.ofContract(contract)) {
        live.merge(t.commitmentId() + "|" + t.periodStart(), t.liveReturns(), Integer::sum);
      }
      for (Commitment commitment : contract.commitments()) {
        for (ReportingFrequency.ReportingPeriod period :
            commitment.reportingFrequency().periods(contract.startDate(), contract.endDate())) {
          if (live.getOrDefault(commitment.id() + "|" + period.start(), 0) > 0
              || period.end().isBefore(commitment.effectiveFrom())
              || period.start().isAfter(commitment.lastDay())) {
            continue; // reported, or the KPI was not in force (added later, retired, terminated)
          }
          LocalDate dueBy = period.end().plusDays(graceDays);
          if (period.end().isBefore(today) && !period.end().isBefore(since)) {
            emit(occurrences, EventTypes.RETURN_DUE, contract, commitment, period, dueBy);
          }
          if (today.isAfter(dueBy) && !dueBy.isBefore(since)) {
            emit(occurrences, EventTypes.RETURN_OVERDUE, contract, commitment, period, dueBy);
          }
        }
      }
    }
  }

  private void emit(
      Occurrences occurrences,
      String type,
      Contract contract,
      Commitment commitment,
      ReportingFrequency.ReportingPeriod period,
      LocalDate dueBy) {
    occurrences.once(
        type + ":" + commitment.id() + ":" + period.start(),
        () ->
            events.record(
                type,
                "contracts/" + contract.id() + "/commitments/" + commitment.id(),
                EventRecorder.data(
                    "contractId", contract.id(),
                    "buyerContractId", contract.buyerContractId(),
                    "commitmentId", commitment.id(),
                    "measureCode", commitment.measureCode(),
                    "periodStart", period.start(),
                    "periodEnd", period.end(),
                    "dueOn", dueBy,
                    "graceDays", graceDays),
                contract.ownerOrganisationId(),
                contract.supplierOrganisationId()));
  }
}
