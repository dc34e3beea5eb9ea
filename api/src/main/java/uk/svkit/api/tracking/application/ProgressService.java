package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.PeriodTotals;
import uk.svkit.api.tracking.domain.Progress;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.RatingPolicy;
import uk.svkit.api.tracking.infrastructure.ReturnStore;

/**
 * Progress, ratings, monetised value, dashboards and peer benchmarks, all read from the totals kept
 * per commitment and period (never by scanning returns), valued by the framework's one valuation
 * engine with each commitment's proxy set and adjustments.
 */
@ApplicationScoped
public class ProgressService {
  @Inject ContractRepository contracts;
  @Inject ReturnStore store;
  @Inject FrameworkService frameworks;

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

  @Inject
  @ConfigProperty(name = "svkit.tracking.benchmark.min-peers", defaultValue = "5")
  int configuredMinPeers;

  /** Below three peers, quartiles and medians give individual buyers' figures away. */
  static final int MIN_PEERS_FLOOR = 3;

  /** Which quantities a value is computed from. */
  public enum Basis {
    COMMITTED,
    CLAIMED,
    VALIDATED
  }

  public record CommitmentView(
      Progress.OfCommitment progress,
      Measure measure,
      BigDecimal claimedValue,
      BigDecimal validatedValue) {}

  public record ContractView(
      Contract contract,
      LocalDate asOf,
      BigDecimal elapsedShare,
      List<CommitmentView> commitments,
      Rating rating,
      BigDecimal claimedValue,
      BigDecimal validatedValue,
      int overdueReturns) {}

  /**
   * One term of a contract's value trace: the engine's term plus which commitment and proxy set it
   * came from.
   */
  public record TracedTerm(
      String commitmentId,
      String proxySetId,
      String proxySetName,
      String proxySource,
      ValuationEngine.Term term) {}

  public record ValueTrace(
      Basis basis, String currency, BigDecimal total, List<TracedTerm> terms) {}

  public RatingPolicy policy() {
    return new RatingPolicy(good, approaching, requiresImprovement);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ContractView progress(String contractId, LocalDate asOf) {
    Contract contract = contracts.find(contractId);
    return progress(contract, store.totalsOfContract(contract.id()), asOf);
  }

  ContractView progress(Contract contract, List<PeriodTotals> totals, LocalDate asOf) {
    Map<String, List<PeriodTotals>> byCommitment =
        totals.stream().collect(Collectors.groupingBy(PeriodTotals::commitmentId));
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    Valuer valuer = new Valuer(contract, measures);
    List<CommitmentView> views = new ArrayList<>();
    BigDecimal claimedValue = BigDecimal.ZERO.setScale(2);
    BigDecimal validatedValue = BigDecimal.ZERO.setScale(2);
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
              policy(),
              quantifiable);
      BigDecimal claimed = valuer.value(commitment, p.claimed());
      BigDecimal validated = valuer.value(commitment, p.validated());
      claimedValue = claimed == null ? claimedValue : claimedValue.add(claimed);
      validatedValue = validated == null ? validatedValue : validatedValue.add(validated);
      overdue += p.overdue().size();
      views.add(new CommitmentView(p, measure, claimed, validated));
    }
    return new ContractView(
        contract,
        asOf,
        Progress.elapsedShare(contract, asOf).setScale(4, RoundingMode.HALF_UP),
        views,
        Progress.overall(views.stream().map(CommitmentView::progress).toList()),
        claimedValue,
        validatedValue,
        overdue);
  }

  /** The contract's £ value on a basis, with every term traced to its commitment and proxy set. */
  public ValueTrace value(String contractId, Basis basis) {
    Contract contract = contracts.find(contractId);
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    Map<String, List<PeriodTotals>> byCommitment =
        store.totalsOfContract(contract.id()).stream()
            .collect(Collectors.groupingBy(PeriodTotals::commitmentId));
    List<TracedTerm> terms = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (Commitment commitment : contract.commitments()) {
      List<PeriodTotals> totals = byCommitment.getOrDefault(commitment.id(), List.of());
      BigDecimal quantity =
          switch (basis) {
            case COMMITTED -> Progress.target(contract, commitment);
            case CLAIMED ->
                totals.stream().map(PeriodTotals::claimed).reduce(BigDecimal.ZERO, BigDecimal::add);
            case VALIDATED ->
                totals.stream()
                    .map(PeriodTotals::validated)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
          };
      String proxySetId = contract.proxySetFor(commitment);
      if (proxySetId == null) {
        Measure m = measures.get(commitment.measureCode());
        terms.add(
            new TracedTerm(
                commitment.id(),
                null,
                null,
                null,
                new ValuationEngine.Term(
                    commitment.measureCode(),
                    m == null ? null : m.title(),
                    m == null ? null : m.unitLabel(),
                    quantity,
                    null,
                    null,
                    null,
                    null,
                    "no proxy set on the contract or commitment")));
        continue;
      }
      ProxySet proxies = frameworks.proxySetNamedBy(proxySetId);
      ValuationEngine.Result result =
          ValuationEngine.value(proxies, measures, List.of(item(commitment, quantity)));
      total = total.add(result.total());
      terms.add(
          new TracedTerm(
              commitment.id(),
              proxies.id(),
              proxies.name(),
              proxies.source(),
              result.terms().get(0)));
    }
    return new ValueTrace(basis, contract.currency(), total, terms);
  }

  // ---- dashboards ----------------------------------------------------------------------------

  public record Row(
      String key,
      String label,
      BigDecimal committedValue,
      BigDecimal claimedValue,
      BigDecimal validatedValue) {}

  public record ContractFigure(
      String contractId, String title, BigDecimal validatedValue, Rating rating) {}

  public record Dashboard(
      String buyerOrganisationId,
      String currency,
      BigDecimal committedValue,
      BigDecimal claimedValue,
      BigDecimal validatedValue,
      List<Row> byTheme,
      List<Row> byPlace,
      List<Row> byPeriod,
      List<ContractFigure> topContracts,
      List<ContractFigure> atRiskContracts) {}

  /**
   * The caller's buyer dashboard: committed, claimed and validated £ by theme, place and quarter.
   * Reads per-KPI sums the database computes from the kept totals (one row per KPI, and per KPI and
   * quarter), so its cost follows the number of KPIs, not of returns. £ figures are the summed
   * quantities times each KPI's unit value, rounded per row.
   */
  public Dashboard buyerDashboard() {
    String buyer = Tenancy.caller().organisationId();
    if (buyer == null) {
      throw ProblemException.forbidden("A dashboard belongs to a buyer organisation; act as one.");
    }
    List<Contract> all = contracts.ofBuyer(buyer);
    Map<String, ReturnStore.Sums> sums =
        store.sumsByCommitmentOfBuyer(buyer).stream()
            .collect(
                Collectors.toMap(
                    ReturnStore.Sums::commitmentId, java.util.function.Function.identity()));
    UnitValues unitValues = new UnitValues();
    Map<String, Acc> themes = new TreeMap<>();
    Map<String, Acc> places = new TreeMap<>();
    Map<String, Acc> periods = new TreeMap<>();
    Map<String, BigDecimal> unitValueByCommitment = new HashMap<>();
    Acc overall = new Acc();
    List<ContractFigure> figures = new ArrayList<>();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (Contract contract : all) {
      Map<String, String> themeOf = unitValues.themes(contract.editionId());
      BigDecimal contractValidated = BigDecimal.ZERO;
      Rating worst = Rating.OTHER;
      for (Commitment commitment : contract.commitments()) {
        BigDecimal unit = unitValues.of(contract, commitment);
        unitValueByCommitment.put(commitment.id(), unit);
        ReturnStore.Sums own = sums.get(commitment.id());
        BigDecimal target = Progress.target(contract, commitment);
        BigDecimal claimedQuantity = own == null ? BigDecimal.ZERO : own.claimed();
        BigDecimal validatedQuantity = own == null ? BigDecimal.ZERO : own.validated();
        BigDecimal committed = money(target, unit);
        BigDecimal claimed = money(claimedQuantity, unit);
        BigDecimal validated = money(validatedQuantity, unit);
        contractValidated = contractValidated.add(validated);
        overall.add(committed, claimed, validated);
        themes
            .computeIfAbsent(
                themeOf.getOrDefault(commitment.measureCode(), "(no theme)"), k -> new Acc())
            .add(committed, claimed, validated);
        places
            .computeIfAbsent(
                commitment.placeCode() != null ? commitment.placeCode() : "(not given)",
                k -> new Acc())
            .add(committed, claimed, validated);
        BigDecimal expected = Progress.expectedBy(contract, target, today);
        Rating rating =
            unitValues.quantifiable(contract, commitment) && expected.signum() > 0
                ? policy().rate(validatedQuantity.divide(expected, 4, RoundingMode.HALF_UP))
                : Rating.OTHER;
        if (rating != Rating.OTHER && (worst == Rating.OTHER || rating.compareTo(worst) > 0)) {
          worst = rating;
        }
      }
      figures.add(new ContractFigure(contract.id(), contract.title(), contractValidated, worst));
    }
    for (ReturnStore.Sums quarter : store.sumsByCommitmentAndQuarterOfBuyer(buyer)) {
      BigDecimal unit = unitValueByCommitment.get(quarter.commitmentId());
      periods
          .computeIfAbsent(quarter.quarter(), k -> new Acc())
          .add(BigDecimal.ZERO, money(quarter.claimed(), unit), money(quarter.validated(), unit));
    }
    List<ContractFigure> top =
        figures.stream()
            .sorted(Comparator.comparing(ContractFigure::validatedValue).reversed())
            .limit(10)
            .toList();
    List<ContractFigure> atRisk =
        figures.stream()
            .filter(
                f -> f.rating() == Rating.INADEQUATE || f.rating() == Rating.REQUIRES_IMPROVEMENT)
            .sorted(
                Comparator.comparing(ContractFigure::rating)
                    .reversed()
                    .thenComparing(ContractFigure::title))
            .limit(10)
            .toList();
    String currency = all.isEmpty() ? "GBP" : all.get(0).currency();
    return new Dashboard(
        buyer,
        currency,
        overall.committed,
        overall.claimed,
        overall.validated,
        rows(themes),
        rows(places),
        rows(periods),
        top,
        atRisk);
  }

  /** quantity x unit value in pounds and pence; zero when the KPI cannot be valued. */
  private static BigDecimal money(BigDecimal quantity, BigDecimal unitValue) {
    return unitValue == null
        ? BigDecimal.ZERO.setScale(2)
        : quantity.multiply(unitValue).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Each KPI's value of one unit (value per unit x multiplier x adjustment factor), with the
   * editions' measures, themes and proxy sets each read once per request.
   */
  private final class UnitValues {
    private final Map<String, Map<String, Measure>> measures = new HashMap<>();
    private final Map<String, Map<String, String>> themes = new HashMap<>();
    private final Map<String, ProxySet> sets = new HashMap<>();

    Map<String, String> themes(String editionId) {
      return themes.computeIfAbsent(editionId, frameworks::themesOf);
    }

    boolean quantifiable(Contract contract, Commitment commitment) {
      Measure measure =
          measures
              .computeIfAbsent(contract.editionId(), frameworks::measuresOf)
              .get(commitment.measureCode());
      return measure != null && measure.unitType() != UnitType.TEXT;
    }

    /**
     * The unit value, or null when the KPI cannot be valued (no proxy set, record-only, no value in
     * the set).
     */
    BigDecimal of(Contract contract, Commitment commitment) {
      String setId = contract.proxySetFor(commitment);
      Map<String, Measure> editionMeasures =
          measures.computeIfAbsent(contract.editionId(), frameworks::measuresOf);
      if (setId == null || !editionMeasures.containsKey(commitment.measureCode())) {
        return null;
      }
      ProxySet set = sets.computeIfAbsent(setId, frameworks::proxySetNamedBy);
      ValuationEngine.Term term =
          ValuationEngine.value(set, editionMeasures, List.of(item(commitment, BigDecimal.ONE)))
              .terms()
              .get(0);
      if (term.valuePerUnit() == null) {
        return null;
      }
      BigDecimal unit = term.valuePerUnit();
      if (term.multiplier() != null) {
        unit = unit.multiply(term.multiplier());
      }
      if (term.adjustmentFactor() != null) {
        unit = unit.multiply(term.adjustmentFactor());
      }
      return unit;
    }
  }

  // ---- benchmarks ----------------------------------------------------------------------------

  public record Indicator(
      String code,
      String title,
      BigDecimal own,
      BigDecimal median,
      BigDecimal p25,
      BigDecimal p75,
      int peers) {}

  public record Benchmark(String organisationId, int minPeers, List<Indicator> indicators) {}

  /**
   * How many other buyers must have a figure before peer figures are shown: configured, never below
   * the floor.
   */
  public int minPeers() {
    return Math.max(MIN_PEERS_FLOOR, configuredMinPeers);
  }

  /**
   * Indicators every benchmarked buyer is measured by; peers stay anonymous (only percentiles are
   * shown).
   */
  static final Map<String, String> INDICATORS = indicators();

  private static Map<String, String> indicators() {
    Map<String, String> indicators = new LinkedHashMap<>();
    indicators.put("SV_PER_CONTRACT_POUND", "Validated social value (£) per £ of contract value");
    indicators.put("VCFSE_SHARE", "Share of commitments delivered with a VCFSE partner");
    indicators.put("DELIVERED_SHARE", "Validated delivery as a share of committed quantities");
    return java.util.Collections.unmodifiableMap(indicators);
  }

  @Transactional
  public void optIn(boolean optIn) {
    String org = Tenancy.caller().organisationId();
    if (org == null) {
      throw ProblemException.forbidden("Benchmarking is for buyer organisations.");
    }
    store.setOptIn(org, optIn, java.time.OffsetDateTime.now(ZoneOffset.UTC));
  }

  public Benchmark benchmark() {
    String org = Tenancy.caller().organisationId();
    if (org == null || !store.optedIn(org)) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Opt in to benchmarking first: your figures are compared only once you share them.");
    }
    Map<String, List<ReturnStore.Sums>> byBuyer = store.sumsOfBenchmarkedBuyers();
    byBuyer.putIfAbsent(org, List.of());
    UnitValues unitValues = new UnitValues();
    Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
    for (var entry : byBuyer.entrySet()) {
      figures.put(
          entry.getKey(),
          indicators(contracts.ofBuyer(entry.getKey()), entry.getValue(), unitValues));
    }
    Map<String, BigDecimal> own = figures.remove(org);
    // The peer figures are the other buyers' only: with the caller's own value in the set, it could
    // subtract itself out (two peers: other = 2 x median - own). Too few peers and the quartiles
    // are their exact values, so below the minimum they are withheld (null) and only the count
    // shows.
    int minPeers = minPeers();
    List<Indicator> result = new ArrayList<>();
    for (var indicator : INDICATORS.entrySet()) {
      List<BigDecimal> values =
          figures.values().stream()
              .map(f -> f.get(indicator.getKey()))
              .filter(v -> v != null)
              .sorted()
              .toList();
      boolean shown = values.size() >= minPeers;
      result.add(
          new Indicator(
              indicator.getKey(),
              indicator.getValue(),
              own.get(indicator.getKey()),
              shown ? percentile(values, 50) : null,
              shown ? percentile(values, 25) : null,
              shown ? percentile(values, 75) : null,
              values.size()));
    }
    return new Benchmark(org, minPeers, result);
  }

  private Map<String, BigDecimal> indicators(
      List<Contract> buyerContracts, List<ReturnStore.Sums> sums, UnitValues unitValues) {
    Map<String, ReturnStore.Sums> byCommitment =
        sums.stream()
            .collect(
                Collectors.toMap(
                    ReturnStore.Sums::commitmentId, java.util.function.Function.identity()));
    BigDecimal contractValue = BigDecimal.ZERO;
    BigDecimal validatedValue = BigDecimal.ZERO;
    int commitments = 0;
    int withVcfse = 0;
    BigDecimal deliveredShares = BigDecimal.ZERO;
    int shares = 0;
    for (Contract contract : buyerContracts) {
      contractValue = contractValue.add(contract.value());
      for (Commitment commitment : contract.commitments()) {
        commitments++;
        withVcfse += commitment.vcfsePartnerId() == null ? 0 : 1;
        ReturnStore.Sums own = byCommitment.get(commitment.id());
        BigDecimal validated = own == null ? BigDecimal.ZERO : own.validated();
        validatedValue = validatedValue.add(money(validated, unitValues.of(contract, commitment)));
        BigDecimal target = Progress.target(contract, commitment);
        if (target.signum() > 0) {
          deliveredShares =
              deliveredShares.add(
                  validated.divide(target, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE));
          shares++;
        }
      }
    }
    Map<String, BigDecimal> result = new HashMap<>();
    if (contractValue.signum() > 0) {
      result.put(
          "SV_PER_CONTRACT_POUND", validatedValue.divide(contractValue, 4, RoundingMode.HALF_UP));
    }
    if (commitments > 0) {
      result.put(
          "VCFSE_SHARE",
          BigDecimal.valueOf(withVcfse)
              .divide(BigDecimal.valueOf(commitments), 4, RoundingMode.HALF_UP));
    }
    if (shares > 0) {
      result.put(
          "DELIVERED_SHARE",
          deliveredShares.divide(BigDecimal.valueOf(shares), 4, RoundingMode.HALF_UP));
    }
    return result;
  }

  /** Linear-interpolated percentile of sorted values; null when there are none. */
  static BigDecimal percentile(List<BigDecimal> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    double rank = (p / 100.0) * (sorted.size() - 1);
    int lower = (int) Math.floor(rank);
    int upper = (int) Math.ceil(rank);
    BigDecimal fraction = BigDecimal.valueOf(rank - lower);
    return sorted
        .get(lower)
        .add(sorted.get(upper).subtract(sorted.get(lower)).multiply(fraction))
        .setScale(4, RoundingMode.HALF_UP);
  }

  private static List<Row> rows(Map<String, Acc> groups) {
    return groups.entrySet().stream()
        .map(
            e ->
                new Row(
                    e.getKey(),
                    e.getKey(),
                    e.getValue().committed,
                    e.getValue().claimed,
                    e.getValue().validated))
        .toList();
  }

  private static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static ValuationEngine.Item item(Commitment commitment, BigDecimal quantity) {
    Commitment.Adjustments a = commitment.adjustments();
    return new ValuationEngine.Item(
        commitment.measureCode(),
        quantity,
        a.deadweight(),
        a.attribution(),
        a.displacement(),
        a.dropOff());
  }

  /** Sums of committed, claimed and validated £ for one dashboard row. */
  private static final class Acc {
    BigDecimal committed = BigDecimal.ZERO.setScale(2);
    BigDecimal claimed = BigDecimal.ZERO.setScale(2);
    BigDecimal validated = BigDecimal.ZERO.setScale(2);

    void add(BigDecimal committed, BigDecimal claimed, BigDecimal validated) {
      this.committed = this.committed.add(committed);
      this.claimed = this.claimed.add(claimed);
      this.validated = this.validated.add(validated);
    }
  }

  /** Values quantities of a contract's commitments, reading each proxy set once. */
  private final class Valuer {
    private final Contract contract;
    private final Map<String, Measure> measures;
    private final Map<String, ProxySet> sets = new HashMap<>();

    Valuer(Contract contract, Map<String, Measure> measures) {
      this.contract = contract;
      this.measures = measures;
    }

    /**
     * The £ value, or null when the commitment cannot be valued (no proxy set, record-only measure,
     * no value).
     */
    BigDecimal value(Commitment commitment, BigDecimal quantity) {
      String setId = contract.proxySetFor(commitment);
      if (setId == null || !measures.containsKey(commitment.measureCode())) {
        return null;
      }
      ProxySet set = sets.computeIfAbsent(setId, frameworks::proxySetNamedBy);
      ValuationEngine.Term term =
          ValuationEngine.value(set, measures, List.of(item(commitment, quantity))).terms().get(0);
      return term.value();
    }
  }
}
