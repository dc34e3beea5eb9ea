package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.events.Occurrences;
import uk.svkit.api.platform.events.TimeBasedEvents;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.infrastructure.ReportedPeriods;

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
  @Inject EventRecorder events;

  @Inject
  @ConfigProperty(name = "svkit.tracking.grace-days", defaultValue = "30")
  int graceDays;

  @Inject
  @ConfigProperty(name = "svkit.events.lookback", defaultValue = "P30D")
  Duration lookback;

  /** Contracts read per transaction: a scan over thousands holds no transaction for long. */
  private static final int PAGE = 200;

  @Inject ReportedPeriods reported;
  @Inject ReturnDeadlines self;

  /** One due or overdue occurrence, with what its event says (read while the page was open). */
  record Occurrence(
      String type,
      String contractId,
      String buyerContractId,
      String buyerOrganisationId,
      String supplierOrganisationId,
      String commitmentId,
      String measureCode,
      ReportingFrequency.ReportingPeriod period,
      LocalDate dueBy) {
    String key() {
      return type + ":" + commitmentId + ":" + period.start();
    }
  }

  /** A page of running contracts' unreported periods; {@code lastId} is null past the last. */
  record Page(List<Occurrence> occurrences, String lastId, boolean full) {}

  // The scan reads a page of contracts in a short transaction, skips in one query what was emitted
  // already, and commits each new occurrence in a transaction of its own (Occurrences): its cost
  // grows with the new occurrences, not with every contract's history.
  @Override
  public void emitDue(Instant now, Occurrences occurrences) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate since = today.minusDays(lookback.toDays());
    String after = "";
    while (true) {
      Page page = self.page(today, since, after);
      if (page.lastId() == null) {
        return;
      }
      Set<String> emitted =
          occurrences.emitted(page.occurrences().stream().map(Occurrence::key).toList());
      for (Occurrence o : page.occurrences()) {
        if (!emitted.contains(o.key())) {
          occurrences.once(o.key(), () -> record(o));
        }
      }
      if (!page.full()) {
        return;
      }
      after = page.lastId();
    }
  }

  @Transactional
  public Page page(LocalDate today, LocalDate since, String afterId) {
    List<Contract> running = contracts.running(today, since.minusDays(graceDays), afterId, PAGE);
    if (running.isEmpty()) {
      return new Page(List.of(), null, false);
    }
    Set<String> live = reported.of(running.stream().map(Contract::id).toList());
    List<Occurrence> due = new ArrayList<>();
    for (Contract contract : running) {
      for (Commitment commitment : contract.commitments()) {
        for (ReportingFrequency.ReportingPeriod period :
            commitment.reportingFrequency().periods(contract.startDate(), contract.endDate())) {
          if (live.contains(commitment.id() + "|" + period.start())
              || period.end().isBefore(commitment.effectiveFrom())
              || period.start().isAfter(commitment.lastDay())) {
            continue; // reported, or the KPI was not in force (added later, retired, terminated)
          }
          LocalDate dueBy = period.end().plusDays(graceDays);
          if (period.end().isBefore(today) && !period.end().isBefore(since)) {
            due.add(occurrence(EventTypes.RETURN_DUE, contract, commitment, period, dueBy));
          }
          if (today.isAfter(dueBy) && !dueBy.isBefore(since)) {
            due.add(occurrence(EventTypes.RETURN_OVERDUE, contract, commitment, period, dueBy));
          }
        }
      }
    }
    return new Page(due, running.get(running.size() - 1).id(), running.size() == PAGE);
  }

  private static Occurrence occurrence(
      String type,
      Contract contract,
      Commitment commitment,
      ReportingFrequency.ReportingPeriod period,
      LocalDate dueBy) {
    return new Occurrence(
        type,
        contract.id(),
        contract.buyerContractId(),
        contract.ownerOrganisationId(),
        contract.supplierOrganisationId(),
        commitment.id(),
        commitment.measureCode(),
        period,
        dueBy);
  }

  private void record(Occurrence o) {
    events.record(
        o.type(),
        "contracts/" + o.contractId() + "/commitments/" + o.commitmentId(),
        EventRecorder.data(
            "contractId", o.contractId(),
            "buyerContractId", o.buyerContractId(),
            "commitmentId", o.commitmentId(),
            "measureCode", o.measureCode(),
            "periodStart", o.period().start(),
            "periodEnd", o.period().end(),
            "dueOn", o.dueBy(),
            "graceDays", graceDays),
        o.buyerOrganisationId(),
        o.supplierOrganisationId());
  }
}
