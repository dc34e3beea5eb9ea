package uk.svkit.api.anchor.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.svkit.api.anchor.domain.AnchorAccess;
import uk.svkit.api.anchor.domain.Declaration;
import uk.svkit.api.anchor.domain.DeclarationRepository;
import uk.svkit.api.anchor.domain.Indicator;
import uk.svkit.api.anchor.domain.IndicatorRepository;
import uk.svkit.api.anchor.domain.IndicatorTarget;
import uk.svkit.api.anchor.domain.MeasurePillar;
import uk.svkit.api.anchor.domain.MeasurePillarRepository;
import uk.svkit.api.anchor.domain.PeerSpread;
import uk.svkit.api.anchor.infrastructure.ContractKpisByMeasure;
import uk.svkit.api.anchor.infrastructure.IndicatorTotals;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.recognition.application.ProgrammeService;
import uk.svkit.api.recognition.domain.ElementKind;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.ProgrammeElement;

/**
 * What an anchor and a programme see: each pillar's indicators against baseline and targets over
 * time with the contract KPIs mapped to the pillar, the programme's collective figures, and an
 * anchor's indicators against its peers. Everything is read from kept totals (the anchor's
 * per-period indicator totals, each declaration's latest validated figure, tracking's per-KPI
 * totals), so the cost follows declarations and KPIs, never the number of returns.
 */
@ApplicationScoped
public class AnchorDashboardService {
  @Inject ProgrammeService programmes;
  @Inject DeclarationRepository declarations;
  @Inject IndicatorRepository indicators;
  @Inject MeasurePillarRepository mappings;
  @Inject IndicatorTotals totals;
  @Inject ContractKpisByMeasure contractKpis;
  @Inject AnchorMinPeers minPeers;

  public record PeriodFigure(LocalDate periodStart, BigDecimal claimed, BigDecimal validated) {}

  public record IndicatorProgress(
      Declaration declaration,
      List<PeriodFigure> periods,
      PeriodFigure latestValidated,
      IndicatorTarget nextTarget,
      BigDecimal progressPercent) {}

  public record ContractKpis(
      String measureCode, int kpis, BigDecimal claimedQuantity, BigDecimal validatedQuantity) {}

  public record Pillar(
      String code,
      String title,
      ElementKind kind,
      List<IndicatorProgress> indicators,
      List<ContractKpis> contractKpis) {}

  public record Dashboard(String programmeId, String organisationId, List<Pillar> pillars) {}

  /**
   * An anchor's pillar dashboard; 404 unless the caller is the anchor, the programme's
   * administering organisation or a platform admin. Pillars without figures are listed empty.
   */
  public Dashboard dashboard(String programmeId, String organisationId) {
    Programme programme = programmes.get(programmeId);
    requireReadable(programme, organisationId);
    List<Declaration> own = declarations.of(organisationId, programme.id());
    Map<String, List<IndicatorTotals.Period>> series =
        totals.series(own.stream().map(Declaration::id).toList());
    Map<String, List<String>> pillarsOfMeasure = new LinkedHashMap<>();
    for (MeasurePillar m : mappings.of(programme.id())) {
      pillarsOfMeasure.computeIfAbsent(m.measureCode(), k -> new ArrayList<>()).add(m.pillarCode());
    }
    Map<String, List<ContractKpis>> kpisOfPillar = new LinkedHashMap<>();
    for (ContractKpisByMeasure.MeasureFigures f : contractKpis.ofBuyer(organisationId)) {
      for (String pillar : pillarsOfMeasure.getOrDefault(f.measureCode(), List.of())) {
        kpisOfPillar
            .computeIfAbsent(pillar, k -> new ArrayList<>())
            .add(
                new ContractKpis(
                    f.measureCode(), f.kpis(), f.claimedQuantity(), f.validatedQuantity()));
      }
    }
    List<Pillar> pillars = new ArrayList<>();
    for (ProgrammeElement element : programme.elements()) {
      if (element.kind() == ElementKind.THEME) {
        continue;
      }
      List<IndicatorProgress> progress =
          own.stream()
              .filter(d -> d.pillarCode().equals(element.code()))
              .map(d -> progress(d, series.getOrDefault(d.id(), List.of())))
              .toList();
      List<ContractKpis> kpis = kpisOfPillar.getOrDefault(element.code(), List.of());
      if (element.kind() == ElementKind.PILLAR || !progress.isEmpty() || !kpis.isEmpty()) {
        pillars.add(new Pillar(element.code(), element.title(), element.kind(), progress, kpis));
      }
    }
    return new Dashboard(programme.id(), organisationId, pillars);
  }

  private static IndicatorProgress progress(Declaration d, List<IndicatorTotals.Period> periods) {
    List<PeriodFigure> figures =
        periods.stream()
            .filter(p -> p.liveReturns() > 0)
            .map(
                p ->
                    new PeriodFigure(
                        p.periodStart(),
                        p.claimed(),
                        p.validatedReturns() > 0 ? p.validated() : null))
            .toList();
    PeriodFigure latest = null;
    for (PeriodFigure f : figures) {
      if (f.validated() != null) {
        latest = f;
      }
    }
    IndicatorTarget next = d.nextTarget(latest == null ? d.baselineOn() : latest.periodStart());
    BigDecimal percent = null;
    if (latest != null && next != null) {
      BigDecimal distance = next.value().subtract(d.baselineValue());
      if (distance.signum() != 0) {
        percent =
            latest
                .validated()
                .subtract(d.baselineValue())
                .multiply(BigDecimal.valueOf(100))
                .divide(distance, 1, RoundingMode.HALF_UP);
      }
    }
    return new IndicatorProgress(d, figures, latest, next, percent);
  }

  public record CollectiveIndicator(
      Indicator indicator, int signatories, BigDecimal total, PeerSpread spread) {}

  public record Collective(
      String programmeId, int minPeers, List<CollectiveIndicator> indicators) {}

  /**
   * A programme's collective impact: per catalogue indicator, how many signatories have a validated
   * figure and, once at least the minimum number do, their total (for additive units) and spread.
   * Figures of fewer signatories are withheld, so none can be read off.
   */
  public Collective collective(String programmeId) {
    Programme programme = programmes.get(programmeId);
    int min = minPeers.value();
    Map<String, List<BigDecimal>> byCode =
        totals.latest(programme.id()).stream()
            .collect(
                Collectors.groupingBy(
                    IndicatorTotals.Latest::indicatorCode,
                    LinkedHashMap::new,
                    Collectors.mapping(IndicatorTotals.Latest::value, Collectors.toList())));
    List<CollectiveIndicator> result = new ArrayList<>();
    for (Indicator indicator : indicators.catalogue(programme.id())) {
      List<BigDecimal> values = byCode.getOrDefault(indicator.code(), List.of());
      if (values.isEmpty()) {
        continue;
      }
      boolean shown = values.size() >= min;
      BigDecimal total =
          shown && indicator.unit().isAdditive()
              ? values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
              : null;
      result.add(
          new CollectiveIndicator(indicator, values.size(), total, PeerSpread.of(values, min)));
    }
    return new Collective(programme.id(), min, result);
  }

  public record BenchmarkIndicator(Declaration declaration, BigDecimal own, PeerSpread spread) {}

  public record Benchmark(
      String programmeId,
      String organisationId,
      int minPeers,
      List<BenchmarkIndicator> indicators) {}

  /**
   * An anchor's declared indicators against the other signatories' latest validated figures:
   * neither the anchor nor the caller is ever among the peers, and the median and quartiles are
   * shown only with at least the minimum number of peers.
   */
  public Benchmark benchmark(String programmeId, String organisationId) {
    Programme programme = programmes.get(programmeId);
    requireReadable(programme, organisationId);
    Caller caller = Tenancy.caller();
    int min = minPeers.value();
    List<IndicatorTotals.Latest> latest = totals.latest(programme.id());
    List<BenchmarkIndicator> result = new ArrayList<>();
    for (Declaration d : declarations.of(organisationId, programme.id())) {
      BigDecimal own = null;
      List<BigDecimal> peers = new ArrayList<>();
      for (IndicatorTotals.Latest l : latest) {
        if (!l.indicatorCode().equals(d.indicatorCode())) {
          continue;
        }
        if (l.organisationId().equals(organisationId)) {
          own = l.value();
        } else if (!l.organisationId().equals(caller.organisationId())) {
          peers.add(l.value());
        }
      }
      result.add(new BenchmarkIndicator(d, own, PeerSpread.of(peers, min)));
    }
    return new Benchmark(programme.id(), organisationId, min, result);
  }

  private static void requireReadable(Programme programme, String organisationId) {
    if (!AnchorAccess.reads(organisationId, programme.ownerOrganisationId())) {
      throw ProblemException.notFound("Organisation", organisationId);
    }
  }
}
