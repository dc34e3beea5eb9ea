package uk.svkit.api.anchor.rest;

import java.util.EnumMap;
import java.util.List;
import uk.svkit.api.anchor.application.AnchorDashboardService;
import uk.svkit.api.anchor.application.MaturityService;
import uk.svkit.api.anchor.domain.Declaration;
import uk.svkit.api.anchor.domain.Indicator;
import uk.svkit.api.anchor.domain.IndicatorReturn;
import uk.svkit.api.anchor.domain.IndicatorTarget;
import uk.svkit.api.anchor.domain.MaturityLevel;
import uk.svkit.api.anchor.domain.MaturityModel;
import uk.svkit.api.anchor.domain.MaturityStage;
import uk.svkit.api.anchor.domain.MaturityStatement;
import uk.svkit.api.anchor.domain.MeasurePillar;
import uk.svkit.api.anchor.domain.PeerSpread;
import uk.svkit.api.anchor.domain.SelfAssessment;
import uk.svkit.api.anchor.domain.StatementScore;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.rest.EvidenceRefRequest;

/** Anchor domain objects and views to the published DTOs, and requests to domain inputs. */
final class AnchorMapper {
  private AnchorMapper() {}

  static AnchorDtos.IndicatorResponse indicator(Indicator i) {
    AnchorDtos.IndicatorResponse r = new AnchorDtos.IndicatorResponse();
    r.id = i.id();
    r.programmeId = i.programmeId();
    r.code = i.code();
    r.pillarCode = i.pillarCode();
    r.title = i.title();
    r.unit = i.unit();
    r.direction = i.direction();
    r.description = i.description();
    return r;
  }

  static AnchorDtos.MeasurePillarResponse mapping(MeasurePillar m) {
    AnchorDtos.MeasurePillarResponse r = new AnchorDtos.MeasurePillarResponse();
    r.id = m.id();
    r.programmeId = m.programmeId();
    r.measureCode = m.measureCode();
    r.pillarCode = m.pillarCode();
    return r;
  }

  static List<IndicatorTarget> targets(List<AnchorDtos.Target> targets) {
    return targets.stream().map(t -> new IndicatorTarget(t.dueOn, t.value)).toList();
  }

  static AnchorDtos.TargetResponse target(IndicatorTarget t) {
    if (t == null) {
      return null;
    }
    AnchorDtos.TargetResponse r = new AnchorDtos.TargetResponse();
    r.dueOn = t.dueOn();
    r.value = t.value();
    return r;
  }

  static AnchorDtos.DeclarationResponse declaration(Declaration d) {
    AnchorDtos.DeclarationResponse r = new AnchorDtos.DeclarationResponse();
    r.id = d.id();
    r.programmeId = d.programmeId();
    r.organisationId = d.organisationId();
    r.signatureId = d.signatureId();
    r.indicatorCode = d.indicatorCode();
    r.pillarCode = d.pillarCode();
    r.title = d.title();
    r.unit = d.unit();
    r.direction = d.direction();
    r.frequency = d.frequency();
    r.reportingFrom = d.reportingFrom();
    r.baselineValue = d.baselineValue();
    r.baselineOn = d.baselineOn();
    r.targets = d.targets().stream().map(AnchorMapper::target).toList();
    r.version = d.version();
    return r;
  }

  static List<EvidenceRef> evidence(List<EvidenceRefRequest> evidence) {
    return evidence == null
        ? List.of()
        : evidence.stream()
            .map(e -> new EvidenceRef(e.kind, e.reference, e.sha256, e.description))
            .toList();
  }

  static AnchorDtos.ReturnResponse indicatorReturn(IndicatorReturn x) {
    AnchorDtos.ReturnResponse r = new AnchorDtos.ReturnResponse();
    r.id = x.id();
    r.declarationId = x.declarationId();
    r.organisationId = x.organisationId();
    r.periodStart = x.periodStart();
    r.periodEnd = x.periodEnd();
    r.value = x.value();
    r.narrative = x.narrative();
    r.evidence =
        x.evidence().stream()
            .map(
                e -> {
                  EvidenceRefRequest dto = new EvidenceRefRequest();
                  dto.kind = e.kind();
                  dto.reference = e.reference();
                  dto.sha256 = e.sha256();
                  dto.description = e.description();
                  return dto;
                })
            .toList();
    r.status = x.status();
    r.rejectionReason = x.rejectionReason();
    r.supersedesReturnId = x.supersedesId();
    r.supersededByReturnId = x.supersededById();
    r.submittedBy = x.submittedBy();
    r.submittedAt = x.submittedAt();
    r.reviewedBy = x.reviewedBy();
    r.reviewedAt = x.reviewedAt();
    r.version = x.version();
    return r;
  }

  static AnchorDtos.Spread spread(PeerSpread s) {
    AnchorDtos.Spread r = new AnchorDtos.Spread();
    r.peers = s.peers();
    r.median = s.median();
    r.p25 = s.p25();
    r.p75 = s.p75();
    return r;
  }

  private static AnchorDtos.PeriodFigure period(AnchorDashboardService.PeriodFigure f) {
    if (f == null) {
      return null;
    }
    AnchorDtos.PeriodFigure r = new AnchorDtos.PeriodFigure();
    r.periodStart = f.periodStart();
    r.claimed = f.claimed();
    r.validated = f.validated();
    return r;
  }

  static AnchorDtos.Dashboard dashboard(AnchorDashboardService.Dashboard d) {
    AnchorDtos.Dashboard r = new AnchorDtos.Dashboard();
    r.programmeId = d.programmeId();
    r.organisationId = d.organisationId();
    r.pillars =
        d.pillars().stream()
            .map(
                p -> {
                  AnchorDtos.Pillar pillar = new AnchorDtos.Pillar();
                  pillar.code = p.code();
                  pillar.title = p.title();
                  pillar.kind = p.kind();
                  pillar.indicators = p.indicators().stream().map(AnchorMapper::progress).toList();
                  pillar.contractKpis =
                      p.contractKpis().stream()
                          .map(
                              k -> {
                                AnchorDtos.ContractKpis dto = new AnchorDtos.ContractKpis();
                                dto.measureCode = k.measureCode();
                                dto.kpis = k.kpis();
                                dto.claimedQuantity = k.claimedQuantity();
                                dto.validatedQuantity = k.validatedQuantity();
                                return dto;
                              })
                          .toList();
                  return pillar;
                })
            .toList();
    return r;
  }

  private static AnchorDtos.IndicatorProgress progress(AnchorDashboardService.IndicatorProgress p) {
    Declaration d = p.declaration();
    AnchorDtos.IndicatorProgress r = new AnchorDtos.IndicatorProgress();
    r.declarationId = d.id();
    r.indicatorCode = d.indicatorCode();
    r.title = d.title();
    r.unit = d.unit();
    r.direction = d.direction();
    r.baselineValue = d.baselineValue();
    r.baselineOn = d.baselineOn();
    r.targets = d.targets().stream().map(AnchorMapper::target).toList();
    r.periods = p.periods().stream().map(AnchorMapper::period).toList();
    r.latestValidated = period(p.latestValidated());
    r.nextTarget = target(p.nextTarget());
    r.progressPercent = p.progressPercent();
    return r;
  }

  static AnchorDtos.Benchmark benchmark(AnchorDashboardService.Benchmark b) {
    AnchorDtos.Benchmark r = new AnchorDtos.Benchmark();
    r.programmeId = b.programmeId();
    r.organisationId = b.organisationId();
    r.minPeers = b.minPeers();
    r.indicators =
        b.indicators().stream()
            .map(
                i -> {
                  AnchorDtos.BenchmarkIndicator dto = new AnchorDtos.BenchmarkIndicator();
                  Declaration d = i.declaration();
                  dto.indicatorCode = d.indicatorCode();
                  dto.pillarCode = d.pillarCode();
                  dto.title = d.title();
                  dto.unit = d.unit();
                  dto.direction = d.direction();
                  dto.own = i.own();
                  dto.peers = spread(i.spread());
                  return dto;
                })
            .toList();
    return r;
  }

  static AnchorDtos.Collective collective(AnchorDashboardService.Collective c) {
    AnchorDtos.Collective r = new AnchorDtos.Collective();
    r.programmeId = c.programmeId();
    r.minPeers = c.minPeers();
    r.indicators =
        c.indicators().stream()
            .map(
                i -> {
                  AnchorDtos.CollectiveIndicator dto = new AnchorDtos.CollectiveIndicator();
                  Indicator x = i.indicator();
                  dto.indicatorCode = x.code();
                  dto.pillarCode = x.pillarCode();
                  dto.title = x.title();
                  dto.unit = x.unit();
                  dto.direction = x.direction();
                  dto.signatories = i.signatories();
                  dto.total = i.total();
                  dto.spread = spread(i.spread());
                  return dto;
                })
            .toList();
    return r;
  }

  // ---- maturity --------------------------------------------------------------------------

  static AnchorDtos.ModelResponse model(MaturityModel m) {
    AnchorDtos.ModelResponse r = new AnchorDtos.ModelResponse();
    r.id = m.id();
    r.programmeId = m.programmeId();
    r.code = m.code();
    r.modelVersion = m.modelVersion();
    r.title = m.title();
    r.source = m.source();
    r.levels =
        m.levels().stream()
            .map(
                l -> {
                  AnchorDtos.Level dto = new AnchorDtos.Level();
                  dto.value = l.value();
                  dto.label = l.label();
                  dto.description = l.description();
                  return dto;
                })
            .toList();
    r.statements =
        m.statements().stream()
            .map(
                s -> {
                  AnchorDtos.Statement dto = new AnchorDtos.Statement();
                  dto.code = s.code();
                  dto.stage = s.stage();
                  dto.text = s.text();
                  return dto;
                })
            .toList();
    return r;
  }

  static MaturityService.NewModel newModel(AnchorDtos.PublishModel body) {
    List<MaturityLevel> levels =
        body.levels.stream().map(l -> new MaturityLevel(l.value, l.label, l.description)).toList();
    List<MaturityStatement> statements =
        java.util.stream.IntStream.range(0, body.statements.size())
            .mapToObj(
                i -> {
                  AnchorDtos.Statement s = body.statements.get(i);
                  return new MaturityStatement(s.code, s.stage, s.text, i);
                })
            .toList();
    return new MaturityService.NewModel(body.code, body.title, body.source, levels, statements);
  }

  static List<StatementScore> scores(List<AnchorDtos.Score> scores) {
    return scores.stream()
        .map(s -> new StatementScore(s.statementCode, s.level, s.evidenceNote))
        .toList();
  }

  static AnchorDtos.AssessmentResponse assessment(SelfAssessment a) {
    AnchorDtos.AssessmentResponse r = new AnchorDtos.AssessmentResponse();
    r.id = a.id();
    r.organisationId = a.organisationId();
    r.modelId = a.modelId();
    r.assessedOn = a.assessedOn();
    r.placeCode = a.placeCode();
    r.stageScores = new EnumMap<>(MaturityStage.class);
    for (MaturityStage stage : MaturityStage.values()) {
      r.stageScores.put(stage, a.score(stage));
    }
    r.overallScore = a.overallScore();
    r.latest = a.isLatest();
    r.scores =
        a.scores().stream()
            .map(
                s -> {
                  AnchorDtos.Score dto = new AnchorDtos.Score();
                  dto.statementCode = s.statementCode();
                  dto.level = s.level();
                  dto.evidenceNote = s.evidenceNote();
                  return dto;
                })
            .toList();
    r.recordedBy = a.recordedBy();
    r.createdAt = a.createdAt();
    r.version = a.version();
    return r;
  }

  static AnchorDtos.Progression progression(String modelId, List<MaturityService.Step> steps) {
    AnchorDtos.Progression r = new AnchorDtos.Progression();
    r.modelId = modelId;
    r.steps =
        steps.stream()
            .map(
                s -> {
                  AnchorDtos.Step dto = new AnchorDtos.Step();
                  dto.assessment = assessment(s.assessment());
                  dto.stageChanges = s.change();
                  dto.overallChange = s.overallChange();
                  return dto;
                })
            .toList();
    return r;
  }

  static AnchorDtos.PlaceBenchmark placeBenchmark(MaturityService.PlaceBenchmark b) {
    AnchorDtos.PlaceBenchmark r = new AnchorDtos.PlaceBenchmark();
    r.modelId = b.modelId();
    r.placeCode = b.placeCode();
    r.minPeers = b.minPeers();
    r.stages =
        b.stages().stream()
            .map(
                s -> {
                  AnchorDtos.StageBenchmark dto = new AnchorDtos.StageBenchmark();
                  dto.stage = s.stage();
                  dto.own = s.own();
                  dto.peers = spread(s.spread());
                  return dto;
                })
            .toList();
    r.ownOverall = b.ownOverall();
    r.overall = spread(b.overall());
    return r;
  }
}
