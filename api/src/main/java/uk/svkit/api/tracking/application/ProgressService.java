package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.Progress;
import uk.svkit.api.tracking.domain.RatingPolicy;
import uk.svkit.api.tracking.infrastructure.PeriodTotalsRepository;

/**
 * Progress and ratings of a contract's KPIs, read from the totals kept per commitment and period
 * (never by scanning returns), with the claimed and validated value of each.
 */
@ApplicationScoped
public class ProgressService {
  @Inject ContractRepository contracts;
  @Inject PeriodTotalsRepository totals;
  @Inject FrameworkService frameworks;
  @Inject OrganisationService organisations;

  @Inject
  @ConfigProperty(name = "svkit.tracking.rating.good", defaultValue = "1.00")
  BigDecimal good;

  @Inject
  @ConfigProperty(name = "svkit.tracking.rating.approaching", defaultValue = "0.85")
  BigDecimal approaching;

  @Inject
  @ConfigProperty(name = "svkit.tracking.rating.requires-improvement", defaultValue = "0.60")
  BigDecimal requiresImprovement;

  @Inject
  @ConfigProperty(name = "svkit.tracking.grace-days", defaultValue = "30")
  int graceDays;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PerformanceView performance(String contractId, LocalDate periodEnd) {
    ContractProgressView view = progress(contractId, periodEnd);
    return new PerformanceView(
        view,
        organisations.reference(view.contract().ownerOrganisationId()).orElse(null),
        organisations.reference(view.contract().supplierOrganisationId()).orElse(null));
  }

  public RatingPolicy policy() {
    return new RatingPolicy(good, approaching, requiresImprovement);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ContractProgressView progress(String contractId, LocalDate asOf) {
    Contract contract = contracts.find(contractId);
    return progress(contract, totals.ofContract(contract), asOf);
  }

  ContractProgressView progress(Contract contract, List<PeriodTotals> totals, LocalDate asOf) {
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    return progress(
        contract,
        totals,
        asOf,
        measures,
        new ContractValuer(frameworks::proxySetNamedBy, contract, measures),
        graceDays,
        policy());
  }

  /**
   * The progress of each KPI and of the contract from its kept totals, valued with the edition's
   * measures: the whole computation, with nothing read from elsewhere.
   */
  static ContractProgressView progress(
      Contract contract,
      List<PeriodTotals> totals,
      LocalDate asOf,
      Map<String, Measure> measures,
      ContractValuer valuer,
      int graceDays,
      RatingPolicy policy) {
    Map<String, List<PeriodTotals>> byCommitment =
        totals.stream().collect(Collectors.groupingBy(PeriodTotals::commitmentId));
    List<CommitmentProgressView> views = new ArrayList<>();
    Money claimedValue = Money.zero(contract.currency());
    Money validatedValue = Money.zero(contract.currency());
    int overdue = 0;
    for (Commitment commitment : contract.commitments()) {
      Measure measure = measures.get(commitment.measureCode());
      boolean quantifiable = measure != null && measure.unitType() != UnitType.TEXT;
      Progress.OfCommitment p =
          Progress.of(
              contract,
              commitment,
              byCommitment.getOrDefault(commitment.id(), List.of()),
              asOf,
              graceDays,
              policy,
              quantifiable);
      Money claimed = valuer.value(commitment, p.claimed());
      Money validated = valuer.value(commitment, p.validated());
      claimedValue = claimed == null ? claimedValue : claimedValue.plus(claimed);
      validatedValue = validated == null ? validatedValue : validatedValue.plus(validated);
      overdue += p.overdue().size();
      views.add(new CommitmentProgressView(p, measure, claimed, validated));
    }
    return new ContractProgressView(
        contract,
        asOf,
        Progress.elapsedShare(contract, asOf).setScale(4, RoundingMode.HALF_UP),
        views,
        Progress.overall(views.stream().map(CommitmentProgressView::progress).toList()),
        claimedValue,
        validatedValue,
        overdue);
  }
}
