package uk.svkit.api.anchor.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.anchor.domain.MaturityLevel;
import uk.svkit.api.anchor.domain.MaturityModel;
import uk.svkit.api.anchor.domain.MaturityModelRepository;
import uk.svkit.api.anchor.domain.MaturityStage;
import uk.svkit.api.anchor.domain.MaturityStatement;
import uk.svkit.api.anchor.domain.PeerSpread;
import uk.svkit.api.anchor.domain.SelfAssessment;
import uk.svkit.api.anchor.domain.SelfAssessmentRepository;
import uk.svkit.api.anchor.domain.StatementScore;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.recognition.application.ProgrammeService;
import uk.svkit.api.recognition.domain.Programme;
import uk.svkit.api.recognition.domain.RecognitionAccess;

/**
 * The commissioning-cycle maturity self-assessment: versioned models (svkit's own, and versions a
 * programme's administrators publish), organisations' periodic self-assessments, their progression
 * and the anonymous place benchmark.
 */
@ApplicationScoped
public class MaturityService {
  @Inject MaturityModelRepository models;
  @Inject SelfAssessmentRepository assessments;
  @Inject ProgrammeService programmes;
  @Inject Geography geography;
  @Inject AnchorMinPeers minPeers;
  @Inject Clock clock;

  /** The longest progression answered at once: assessments are yearly or so, not hundreds. */
  static final int PROGRESSION_LIMIT = 200;

  public List<MaturityModel> models(String afterCode, Integer afterVersion, int fetch) {
    return models.list(afterCode, afterVersion, fetch);
  }

  public MaturityModel model(String id) {
    return models.find(id);
  }

  public record NewModel(
      String code,
      String title,
      String source,
      List<MaturityLevel> levels,
      List<MaturityStatement> statements) {}

  /**
   * A programme's administrators publish the next version of their model (the first version if the
   * code is new); 409 if the code is svkit's own or another programme's.
   */
  @Transactional
  public MaturityModel publish(String programmeId, NewModel n) {
    Programme programme = programmes.get(programmeId);
    if (!RecognitionAccess.administers(Tenancy.caller(), programme)) {
      throw ProblemException.forbidden("Only the programme's administrators publish its models.");
    }
    var previous = models.latest(n.code());
    if (previous.isPresent() && !programme.id().equals(previous.get().programmeId())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Model code "
              + n.code()
              + " belongs to "
              + (previous.get().programmeId() == null ? "svkit's own model" : "another programme")
              + "; choose another code.");
    }
    int version = previous.map(m -> m.modelVersion() + 1).orElse(1);
    String source =
        n.source() != null
            ? n.source()
            : "Published by the administrators of " + programme.name() + ".";
    return models.add(
        new MaturityModel(
            programme.ownerOrganisationId(),
            programme.id(),
            n.code(),
            version,
            n.title(),
            source,
            n.levels(),
            n.statements()));
  }

  public record NewAssessment(
      String modelId, LocalDate assessedOn, String placeCode, List<StatementScore> scores) {}

  /**
   * The caller's organisation records a self-assessment: every statement of the model scored on its
   * scale, in a known place, not dated in the future. The most recently dated assessment of a model
   * is the organisation's latest.
   */
  @Transactional
  public SelfAssessment assess(NewAssessment n) {
    Caller caller = Tenancy.caller();
    String organisationId = caller.organisationId();
    if (organisationId == null) {
      throw ProblemException.forbidden("An organisation assesses itself; act for it.");
    }
    MaturityModel model =
        models
            .findVisible(n.modelId())
            .orElseThrow(
                () -> ProblemException.invalid("modelId", "there is no model " + n.modelId()));
    LocalDate today = Timestamps.today(clock);
    LocalDate on = n.assessedOn() == null ? today : n.assessedOn();
    if (on.isAfter(today)) {
      throw ProblemException.invalid("assessedOn", "must not be in the future");
    }
    try {
      geography.place(n.placeCode());
    } catch (ProblemException unknown) {
      throw ProblemException.invalid("placeCode", "is not a known place: " + n.placeCode());
    }
    SelfAssessment assessment =
        new SelfAssessment(organisationId, model, on, n.placeCode(), n.scores(), caller.subject());
    var current = assessments.latestOf(organisationId, model.id());
    if (current.isPresent()) {
      if (current.get().assessedOn().isAfter(on)) {
        assessment.recordedAsHistory();
      } else {
        current.get().supersededAsLatest();
        assessments.store(current.get());
      }
    }
    return assessments.add(assessment);
  }

  public SelfAssessment assessment(String id) {
    return assessments.find(id);
  }

  public List<SelfAssessment> assessments(
      String modelId, LocalDate afterOn, String afterId, int fetch) {
    return assessments.of(ownOrganisation(), modelId, afterOn, afterId, fetch);
  }

  public record Step(
      SelfAssessment assessment, Map<MaturityStage, BigDecimal> change, BigDecimal overallChange) {}

  /**
   * The caller's assessments of a model, oldest first, each with the change in every stage's score
   * since the one before (none for the first).
   */
  public List<Step> progression(String modelId) {
    MaturityModel model = models.find(modelId);
    List<SelfAssessment> all =
        assessments.of(ownOrganisation(), model.id(), null, null, PROGRESSION_LIMIT);
    List<Step> steps = new ArrayList<>();
    SelfAssessment previous = null;
    for (SelfAssessment a : all) {
      Map<MaturityStage, BigDecimal> change = new EnumMap<>(MaturityStage.class);
      BigDecimal overall = null;
      if (previous != null) {
        for (MaturityStage stage : MaturityStage.values()) {
          change.put(stage, a.score(stage).subtract(previous.score(stage)));
        }
        overall = a.overallScore().subtract(previous.overallScore());
      }
      steps.add(new Step(a, change, overall));
      previous = a;
    }
    return steps;
  }

  public record StageBenchmark(MaturityStage stage, BigDecimal own, PeerSpread spread) {}

  public record PlaceBenchmark(
      String modelId,
      String placeCode,
      int minPeers,
      List<StageBenchmark> stages,
      BigDecimal ownOverall,
      PeerSpread overall) {}

  /**
   * The caller's latest assessment of a model against other organisations' latest ones in a place:
   * anonymous figures only, never the caller's among them, shown only with at least the minimum
   * number of peers.
   */
  public PlaceBenchmark benchmark(String modelId, String placeCode) {
    MaturityModel model = models.find(modelId);
    geography.place(placeCode);
    String organisationId = ownOrganisation();
    int min = minPeers.value();
    var own = assessments.latestOf(organisationId, model.id());
    List<BigDecimal[]> peers = assessments.peerScores(model.id(), placeCode, organisationId);
    List<StageBenchmark> stages = new ArrayList<>();
    MaturityStage[] order = MaturityStage.values();
    for (int s = 0; s < order.length; s++) {
      int column = s;
      stages.add(
          new StageBenchmark(
              order[s],
              own.map(a -> a.score(order[column])).orElse(null),
              PeerSpread.of(peers.stream().map(p -> p[column]).toList(), min)));
    }
    return new PlaceBenchmark(
        model.id(),
        placeCode,
        min,
        stages,
        own.map(SelfAssessment::overallScore).orElse(null),
        PeerSpread.of(peers.stream().map(p -> p[4]).toList(), min));
  }

  private static String ownOrganisation() {
    String organisationId = Tenancy.caller().organisationId();
    if (organisationId == null) {
      throw ProblemException.forbidden("Self-assessments are an organisation's own; act for one.");
    }
    return organisationId;
  }
}
