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

  static IndicatorResponse indicator(Indicator i) {
    IndicatorResponse r = new IndicatorResponse();
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

  static MeasurePillarResponse mapping(MeasurePillar m) {
    MeasurePillarResponse r = new MeasurePillarResponse();
    r.id = m.id();
    r.programmeId = m.programmeId();
    r.measureCode = m.measureCode();
    r.pillarCode = m.pillarCode();
    return r;
  }

  static List<IndicatorTarget> targets(List<AnchorIndicatorTargetRequest> targets) {
    return targets.stream().map(t -> new IndicatorTarget(t.dueOn, t.value)).toList();
  }

  static AnchorIndicatorTargetValueResponse target(IndicatorTarget t) {
    if (t == null) {
      return null;
    }
    AnchorIndicatorTargetValueResponse r = new AnchorIndicatorTargetValueResponse();
    r.dueOn = t.dueOn();
    r.value = t.value();
    return r;
  }

  static DeclarationResponse declaration(Declaration d) {
    DeclarationResponse r = new DeclarationResponse();
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

  static ReturnResponse indicatorReturn(IndicatorReturn x) {
    ReturnResponse r = new ReturnResponse();
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

  static PeerSpreadResponse spread(PeerSpread s) {
    PeerSpreadResponse r = new PeerSpreadResponse();
    r.peers = s.peers();
    r.median = s.median();
    r.p25 = s.p25();
    r.p75 = s.p75();
    return r;
  }

  private static AnchorPeriodFigureResponse period(AnchorDashboardService.PeriodFigure f) {
    if (f == null) {
      return null;
    }
    AnchorPeriodFigureResponse r = new AnchorPeriodFigureResponse();
    r.periodStart = f.periodStart();
    r.claimed = f.claimed();
    r.validated = f.validated();
    return r;
  }

  static AnchorDashboardResponse dashboard(AnchorDashboardService.Dashboard d) {
    AnchorDashboardResponse r = new AnchorDashboardResponse();
    r.programmeId = d.programmeId();
    r.organisationId = d.organisationId();
    r.pillars =
        d.pillars().stream()
            .map(
                p -> {
                  AnchorPillarResponse pillar = new AnchorPillarResponse();
                  pillar.code = p.code();
                  pillar.title = p.title();
                  pillar.kind = p.kind();
                  pillar.indicators = p.indicators().stream().map(AnchorMapper::progress).toList();
                  pillar.contractKpis =
                      p.contractKpis().stream()
                          .map(
                              k -> {
                                AnchorContractKpisResponse dto = new AnchorContractKpisResponse();
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

  private static AnchorIndicatorProgressResponse progress(
      AnchorDashboardService.IndicatorProgress p) {
    Declaration d = p.declaration();
    AnchorIndicatorProgressResponse r = new AnchorIndicatorProgressResponse();
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

  static AnchorBenchmarkResponse benchmark(AnchorDashboardService.Benchmark b) {
    AnchorBenchmarkResponse r = new AnchorBenchmarkResponse();
    r.programmeId = b.programmeId();
    r.organisationId = b.organisationId();
    r.minPeers = b.minPeers();
    r.indicators =
        b.indicators().stream()
            .map(
                i -> {
                  AnchorBenchmarkIndicatorResponse dto = new AnchorBenchmarkIndicatorResponse();
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

  static AnchorCollectiveViewResponse collective(AnchorDashboardService.Collective c) {
    AnchorCollectiveViewResponse r = new AnchorCollectiveViewResponse();
    r.programmeId = c.programmeId();
    r.minPeers = c.minPeers();
    r.indicators =
        c.indicators().stream()
            .map(
                i -> {
                  AnchorCollectiveIndicatorResponse dto = new AnchorCollectiveIndicatorResponse();
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

  static ModelResponse model(MaturityModel m) {
    ModelResponse r = new ModelResponse();
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
                  MaturityLevelRequest dto = new MaturityLevelRequest();
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
                  MaturityStatementRequest dto = new MaturityStatementRequest();
                  dto.code = s.code();
                  dto.stage = s.stage();
                  dto.text = s.text();
                  return dto;
                })
            .toList();
    return r;
  }

  static MaturityService.NewModel newModel(PublishMaturityModelRequest body) {
    List<MaturityLevel> levels =
        body.levels.stream().map(l -> new MaturityLevel(l.value, l.label, l.description)).toList();
    List<MaturityStatement> statements =
        java.util.stream.IntStream.range(0, body.statements.size())
            .mapToObj(
                i -> {
                  MaturityStatementRequest s = body.statements.get(i);
                  return new MaturityStatement(s.code, s.stage, s.text, i);
                })
            .toList();
    return new MaturityService.NewModel(body.code, body.title, body.source, levels, statements);
  }

  static List<StatementScore> scores(List<StatementScoreRequest> scores) {
    return scores.stream()
        .map(s -> new StatementScore(s.statementCode, s.level, s.evidenceNote))
        .toList();
  }

  static AssessmentResponse assessment(SelfAssessment a) {
    AssessmentResponse r = new AssessmentResponse();
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
                  StatementScoreRequest dto = new StatementScoreRequest();
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

  static SelfAssessmentProgressionResponse progression(
      String modelId, List<MaturityService.Step> steps) {
    SelfAssessmentProgressionResponse r = new SelfAssessmentProgressionResponse();
    r.modelId = modelId;
    r.steps =
        steps.stream()
            .map(
                s -> {
                  SelfAssessmentStepResponse dto = new SelfAssessmentStepResponse();
                  dto.assessment = assessment(s.assessment());
                  dto.stageChanges = s.change();
                  dto.overallChange = s.overallChange();
                  return dto;
                })
            .toList();
    return r;
  }

  static MaturityPlaceBenchmarkResponse placeBenchmark(MaturityService.PlaceBenchmark b) {
    MaturityPlaceBenchmarkResponse r = new MaturityPlaceBenchmarkResponse();
    r.modelId = b.modelId();
    r.placeCode = b.placeCode();
    r.minPeers = b.minPeers();
    r.stages =
        b.stages().stream()
            .map(
                s -> {
                  MaturityStageBenchmarkResponse dto = new MaturityStageBenchmarkResponse();
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
