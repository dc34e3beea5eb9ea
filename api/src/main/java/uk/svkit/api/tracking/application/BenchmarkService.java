package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.tracking.infrastructure.BenchmarkOptInRepository;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.Figures;
import uk.svkit.api.tracking.infrastructure.DashboardFigureRows.GroupKey;

/**
 * Peer benchmarks for buyers that opted in: their own indicators beside the other buyers'
 * percentiles, withheld below a minimum number of peers so no buyer's figures can be read off.
 */
@ApplicationScoped
public class BenchmarkService {
  @Inject KeptDashboardFigures kept;
  @Inject DashboardFigureRows keptRows;
  @Inject BenchmarkOptInRepository optIns;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "svkit.tracking.benchmark.min-peers", defaultValue = "5")
  int configuredMinPeers;

  /** Below three peers, quartiles and medians give individual buyers' figures away. */
  static final int MIN_PEERS_FLOOR = 3;

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
    optIns.set(org, optIn, OffsetDateTime.now(clock));
  }

  public BenchmarkView benchmark() {
    String org = Tenancy.caller().organisationId();
    if (org == null || !optIns.optedIn(org)) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Opt in to benchmarking first: your figures are compared only once you share them.");
    }
    Set<String> buyers = new LinkedHashSet<>(optIns.optedInBuyers());
    buyers.add(org);
    kept.bringUpToDate(buyers);
    Map<String, Map<GroupKey, Figures>> groups = keptRows.groupsOf(buyers);
    Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
    for (String buyer : buyers) {
      figures.put(buyer, indicators(groups.getOrDefault(buyer, Map.of())));
    }
    Map<String, BigDecimal> own = figures.remove(org);
    // The peer figures are the other buyers' only: with the caller's own value in the set, it could
    // subtract itself out (two peers: other = 2 x median - own). Too few peers and the quartiles
    // are their exact values, so below the minimum they are withheld (null) and only the count
    // shows.
    int minPeers = minPeers();
    List<BenchmarkIndicatorView> result = new ArrayList<>();
    for (var indicator : INDICATORS.entrySet()) {
      List<BigDecimal> values =
          figures.values().stream()
              .map(f -> f.get(indicator.getKey()))
              .filter(v -> v != null)
              .sorted()
              .toList();
      boolean shown = values.size() >= minPeers;
      result.add(
          new BenchmarkIndicatorView(
              indicator.getKey(),
              indicator.getValue(),
              own.get(indicator.getKey()),
              shown ? percentile(values, 50) : null,
              shown ? percentile(values, 25) : null,
              shown ? percentile(values, 75) : null,
              values.size()));
    }
    return new BenchmarkView(org, minPeers, result);
  }

  /**
   * A buyer's indicators from their kept currency groups: each holds its contracts' value and
   * validated money, KPI counts and delivered shares (each KPI's validated quantity over its
   * whole-life target, at most 1). Value per contract pound is a ratio of one currency's sums, so a
   * buyer in more than one currency has none.
   */
  private static Map<String, BigDecimal> indicators(Map<GroupKey, Figures> groups) {
    Figures all = Figures.NONE;
    int currencies = 0;
    for (var group : groups.entrySet()) {
      if (group.getKey().dimension().equals(DashboardFigureRows.CURRENCY)) {
        all = all.plus(group.getValue());
        currencies++;
      }
    }
    Map<String, BigDecimal> result = new HashMap<>();
    if (currencies == 1 && all.contractValue().signum() > 0) {
      result.put(
          "SV_PER_CONTRACT_POUND",
          all.validatedValue().divide(all.contractValue(), 4, RoundingMode.HALF_UP));
    }
    if (all.kpis() > 0) {
      result.put(
          "VCFSE_SHARE",
          BigDecimal.valueOf(all.vcfseKpis())
              .divide(BigDecimal.valueOf(all.kpis()), 4, RoundingMode.HALF_UP));
    }
    if (all.deliveredShares() > 0) {
      result.put(
          "DELIVERED_SHARE",
          all.deliveredShareSum()
              .divide(BigDecimal.valueOf(all.deliveredShares()), 4, RoundingMode.HALF_UP));
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
}
